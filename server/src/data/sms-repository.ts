import { internationalPhone, type SmsKind } from '@dintur/shared/sms';
import type { Db } from './database.js';

export type SmsState = 'queued' | 'sent' | 'failed' | 'limited';

/** A message for the outbox, as engine code gives it (inside its transaction). */
export type SmsOutboxMessage = {
  /** The idempotency key: one message per id, ever ("booked:ABCDEFGH:1732…", "reminder:<code>:<start>"). */
  id: string;
  kind: SmsKind;
  /** The phone number as the citizen gave it; made international here (+45 for 8 digits). */
  to: string;
  /** The finished text (smsText): GSM, at most 160 characters. */
  text: string;
  lang: string;
  appointmentCode?: string | null | undefined;
  ticketId?: number | null | undefined;
  /** After this the message would mislead (a reminder after the appointment): given up unsent. */
  expiresAt?: number | null | undefined;
};

/** A message as stored; times are milliseconds since the epoch. */
export type SmsRecord = {
  id: string;
  kind: SmsKind;
  phone: string | null;
  text: string | null;
  lang: string;
  appointmentCode: string | null;
  ticketId: number | null;
  state: SmsState;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  expiresAt: number | null;
  changedAt: number;
  sentAt: number | null;
  lastError: string | null;
};

/** What the booking desk is shown of a message: no number, no text. */
export type SmsDelivery = { kind: SmsKind; state: SmsState; at: number };

const columns = `id, kind, phone, text, lang, appointment_code AS appointmentCode, ticket_id AS ticketId, state, attempts,
  next_attempt_at AS nextAttemptAt, created_at AS createdAt, expires_at AS expiresAt, changed_at AS changedAt, sent_at AS sentAt, last_error AS lastError`;

export type SmsRepositoryOptions = {
  /** The engine clock. */
  now: () => number;
  /** Whether the server sends SMS (DINTUR_SMS_URL set): when not, `enqueue` queues nothing. */
  enabled: boolean;
};

/** SQL for the SMS outbox: the only place that reads or writes `sms_outbox`. */
export function createSmsRepository(db: Db, options: SmsRepositoryOptions) {
  const statements = {
    insert: db.prepare(`INSERT OR IGNORE INTO sms_outbox (id, kind, phone, text, lang, appointment_code, ticket_id, state, attempts,
        next_attempt_at, created_at, expires_at, changed_at)
      VALUES (@id, @kind, @phone, @text, @lang, @appointmentCode, @ticketId, 'queued', 0, @now, @now, @expiresAt, @now)`),
    byId: db.prepare(`SELECT ${columns} FROM sms_outbox WHERE id = ?`),
    due: db.prepare(`SELECT ${columns} FROM sms_outbox INDEXED BY sms_outbox_due
      WHERE state = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?`),
    nextDue: db.prepare(`SELECT MIN(next_attempt_at) AS at FROM sms_outbox WHERE state = 'queued'`),
    claim: db.prepare(`UPDATE sms_outbox SET attempts = attempts + 1, next_attempt_at = @until WHERE id = @id AND state = 'queued'`),
    sent: db.prepare(`UPDATE sms_outbox SET state = 'sent', sent_at = @now, changed_at = @now, last_error = NULL WHERE id = @id AND state = 'queued'`),
    retry: db.prepare(`UPDATE sms_outbox SET next_attempt_at = @at, last_error = @error WHERE id = @id AND state = 'queued'`),
    end: db.prepare(`UPDATE sms_outbox SET state = @state, changed_at = @now, last_error = @error WHERE id = @id AND state = 'queued'`),
    sentTo: db.prepare(`SELECT COUNT(*) AS count FROM sms_outbox INDEXED BY sms_outbox_sent_to WHERE state = 'sent' AND phone = ? AND sent_at >= ?`),
    sentSince: db.prepare(`SELECT COUNT(*) AS count FROM sms_outbox INDEXED BY sms_outbox_sent WHERE state = 'sent' AND sent_at >= ?`),
    ofAppointment: db.prepare(`SELECT kind, state, changed_at AS at FROM sms_outbox WHERE appointment_code = ? ORDER BY created_at, rowid`),
    ofTicket: db.prepare(`SELECT kind, state, changed_at AS at FROM sms_outbox WHERE ticket_id = ? ORDER BY created_at, rowid`),
    reminded: db.prepare(`SELECT DISTINCT appointment_code AS code FROM sms_outbox INDEXED BY sms_outbox_appointment
      WHERE appointment_code IN (SELECT value FROM json_each(?)) AND kind = 'reminder' AND state = 'sent'`),
    purgeTickets: db.prepare(`UPDATE sms_outbox SET phone = NULL, text = NULL WHERE ticket_id IS NOT NULL AND phone IS NOT NULL AND state != 'queued'`),
    dropQueuedOfTickets: db.prepare(`DELETE FROM sms_outbox WHERE ticket_id IS NOT NULL AND state = 'queued'`),
    withdrawOfTicket: db.prepare(`DELETE FROM sms_outbox WHERE ticket_id = ? AND state = 'queued'`),
    purge: db.prepare(`UPDATE sms_outbox SET phone = NULL, text = NULL WHERE phone IS NOT NULL AND state != 'queued' AND created_at < ?`),
  };
  const listeners = new Set<() => void>();

  return {
    /** Whether messages are queued at all (the server has an SMS gateway). */
    enabled: options.enabled,
    /**
     * Queues a message, once per id (INSERT OR IGNORE): call it inside the engine transaction of
     * the change it is about, so the message is kept exactly when the change is. Returns whether
     * it was queued now (false: SMS is off, the number cannot take an SMS, or the id was queued before).
     */
    enqueue(message: SmsOutboxMessage): boolean {
      if (!options.enabled) return false;
      const phone = internationalPhone(message.to);
      if (phone === null) return false;
      const { changes } = statements.insert.run({
        id: message.id,
        kind: message.kind,
        phone,
        text: message.text,
        lang: message.lang,
        appointmentCode: message.appointmentCode ?? null,
        ticketId: message.ticketId ?? null,
        expiresAt: message.expiresAt ?? null,
        now: options.now(),
      });
      if (changes > 0) for (const listener of listeners) listener();
      return changes > 0;
    },
    /** Called (inside the enqueuing transaction) when a message was queued: wakes the sender. */
    onEnqueued(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    byId: (id: string) => statements.byId.get(id) as SmsRecord | undefined,
    /** Queued messages due at `now`, oldest first. */
    due: (now: number, limit: number) => statements.due.all(now, limit) as SmsRecord[],
    /** When the next queued message is due, or undefined when none is queued. */
    nextDueAt: () => (statements.nextDue.get() as { at: number | null }).at ?? undefined,
    /** Counts an attempt and holds the message until `until` (so a hung attempt is not doubled). */
    claim: (id: string, until: number) => statements.claim.run({ id, until }).changes > 0,
    markSent: (id: string, now: number) => void statements.sent.run({ id, now }),
    /** Keeps the message queued for another attempt at `at`. */
    markRetry: (id: string, at: number, error: string) => void statements.retry.run({ id, at, error }),
    /** Ends a queued message unsent: `failed` (refused, or given up) or `limited` (over a limit). */
    markEnded: (id: string, state: 'failed' | 'limited', now: number, error: string | null) => void statements.end.run({ id, state, now, error }),
    /** Messages sent to `phone` (international form) since `since`: the per-number limit. */
    sentToSince: (phone: string, since: number) => (statements.sentTo.get(phone, since) as { count: number }).count,
    /** Messages sent since `since`: the per-hour limit. */
    sentSince: (since: number) => (statements.sentSince.get(since) as { count: number }).count,
    /** What the booking desk sees of an appointment's messages, oldest first. */
    ofAppointment: (code: string) => statements.ofAppointment.all(code) as SmsDelivery[],
    ofTicket: (ticketId: number) => statements.ofTicket.all(ticketId) as SmsDelivery[],
    /** The booking codes among `codes` whose day-before reminder was sent (statistics of no-shows). */
    remindedAmong(codes: readonly string[]): Set<string> {
      if (codes.length === 0) return new Set();
      return new Set((statements.reminded.all(JSON.stringify(codes)) as { code: string }[]).map((row) => row.code));
    },
    /**
     * Deletes a ticket's messages not yet sent (the citizen asked for no more SMS): with them go
     * their number and text. One already handed to the gateway cannot be called back.
     */
    withdrawOfTicket: (ticketId: number) => statements.withdrawOfTicket.run(ticketId).changes,
    /**
     * At the end of a business day: the numbers and texts of walk-in messages go with the day's
     * tickets (a walk-in's number is kept for the day only); any still queued are long stale.
     */
    purgeTicketMessages(): void {
      statements.dropQueuedOfTickets.run();
      statements.purgeTickets.run();
    },
    /** Deletes the number and text of finished messages queued before `before`; returns how many. */
    purgePersonalData: (before: number) => statements.purge.run(before).changes,
  };
}

export type SmsRepository = ReturnType<typeof createSmsRepository>;
