import type { Db } from './database.js';

/** A ticket's SMS opt-in as stored; times are milliseconds since the epoch. */
export type TicketSmsRecord = {
  ticketId: number;
  businessDay: string;
  /** International form; null once the citizen opted out. */
  phone: string | null;
  lang: string;
  timesSet: number;
  /** 0, then the event id of the ticket's latest transfer: which queue the "near" message is for. */
  queueKey: number;
  nearDone: boolean;
  createdAt: number;
  updatedAt: number;
};

const columns = `ticket_id AS ticketId, business_day AS businessDay, phone, lang, times_set AS timesSet,
  queue_key AS queueKey, near_done AS nearDone, created_at AS createdAt, updated_at AS updatedAt`;

type Row = Omit<TicketSmsRecord, 'nearDone'> & { nearDone: number };
const record = (row: Row | undefined): TicketSmsRecord | undefined => (row === undefined ? undefined : { ...row, nearDone: row.nearDone === 1 });

/** SQL for the tracking page's SMS opt-ins: the only place that reads or writes `ticket_sms`. */
export function createTicketSmsRepository(db: Db) {
  const statements = {
    byTicket: db.prepare(`SELECT ${columns} FROM ticket_sms WHERE ticket_id = ?`),
    // A number given again counts as a change only when it is another number.
    upsert: db.prepare(`INSERT INTO ticket_sms (ticket_id, business_day, phone, lang, times_set, near_done, created_at, updated_at)
      VALUES (@ticketId, @businessDay, @phone, @lang, 1, @nearDone, @now, @now)
      ON CONFLICT (ticket_id) DO UPDATE SET
        times_set = times_set + (CASE WHEN phone IS excluded.phone THEN 0 ELSE 1 END),
        phone = excluded.phone, lang = excluded.lang,
        near_done = MAX(near_done, excluded.near_done), updated_at = excluded.updated_at`),
    forget: db.prepare(`UPDATE ticket_sms SET phone = NULL, updated_at = ? WHERE ticket_id = ?`),
    otherTicketsOf: db.prepare(`SELECT COUNT(*) AS count FROM ticket_sms INDEXED BY ticket_sms_phone
      WHERE phone = ? AND business_day = ? AND ticket_id != ?`),
    nearPending: db.prepare(`SELECT ${columns} FROM ticket_sms WHERE phone IS NOT NULL AND near_done = 0`),
    nearDone: db.prepare(`UPDATE ticket_sms SET near_done = 1 WHERE ticket_id = ? AND queue_key = ?`),
    newQueue: db.prepare(`UPDATE ticket_sms SET queue_key = @queueKey, near_done = @nearDone WHERE ticket_id = @ticketId`),
    deleteBefore: db.prepare(`DELETE FROM ticket_sms WHERE business_day < ?`),
  };
  return {
    byTicket: (ticketId: number) => record(statements.byTicket.get(ticketId) as Row | undefined),
    /** Sets the number and language; `nearDone` marks the "near" message as not needed. */
    save(entry: { ticketId: number; businessDay: string; phone: string; lang: string; nearDone: boolean; now: number }): void {
      statements.upsert.run({ ...entry, nearDone: entry.nearDone ? 1 : 0 });
    },
    /** Opting out: the number is deleted; the row keeps how often one was given (the cap). */
    forgetPhone: (ticketId: number, now: number) => void statements.forget.run(now, ticketId),
    /** How many other tickets of the day send their SMS to `phone`. */
    otherTicketsOf: (phone: string, businessDay: string, ticketId: number) =>
      (statements.otherTicketsOf.get(phone, businessDay, ticketId) as { count: number }).count,
    /** Opt-ins whose "near" message is still to come: few (one table of the day), read on every ticket event. */
    nearPending: () => (statements.nearPending.all() as Row[]).map((row) => record(row)!),
    /** Marks the "near" message of the queue `queueKey` as queued (no-op if the ticket moved on meanwhile). */
    markNearDone: (ticketId: number, queueKey: number) => void statements.nearDone.run(ticketId, queueKey),
    /** The ticket moved to another queue (a transfer): its "near" message is due again there, unless `nearDone`. */
    newQueue: (ticketId: number, queueKey: number, nearDone: boolean) => void statements.newQueue.run({ ticketId, queueKey, nearDone: nearDone ? 1 : 0 }),
    /** Deletes the opt-ins (numbers included) of the business days before `businessDay`; returns how many. */
    deleteBefore: (businessDay: string) => statements.deleteBefore.run(businessDay).changes,
  };
}

export type TicketSmsRepository = ReturnType<typeof createTicketSmsRepository>;
