import type { Outcome, TicketStatus } from '@dintur/shared';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';
import { WaitingQueues, type QueueEntry } from './waiting-queues.js';

/** A ticket as stored; times are milliseconds since the epoch. */
export type TicketRecord = {
  id: number;
  businessDay: string;
  number: string;
  serviceId: string;
  originalServiceId: string;
  status: TicketStatus;
  lang: string;
  trackingCode: string;
  issuedAt: number;
  queuedAt: number;
  counterId: string | null;
  staffId: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  outcome: Outcome | null;
  recallCount: number;
  transferNote: string | null;
  targetCounterId: string | null;
  targetStaffId: number | null;
  appointmentAt: number | null;
};

const columns = `id, business_day AS businessDay, number, service_id AS serviceId,
  original_service_id AS originalServiceId, status, lang, tracking_code AS trackingCode,
  issued_at AS issuedAt, queued_at AS queuedAt, counter_id AS counterId, staff_id AS staffId,
  called_at AS calledAt, started_at AS startedAt, finished_at AS finishedAt, outcome,
  recall_count AS recallCount, transfer_note AS transferNote, target_counter_id AS targetCounterId,
  target_staff_id AS targetStaffId, appointment_at AS appointmentAt`;

/** A called or serving ticket as kept in memory: the counter holding it, its service, when it was called. */
export type HeldTicket = { counterId: string; serviceId: string; calledAt: number };

export type NewTicket = Pick<
  TicketRecord,
  'businessDay' | 'number' | 'serviceId' | 'lang' | 'trackingCode' | 'issuedAt' | 'queuedAt' | 'appointmentAt'
>;

/** Who is reserved a transferred ticket, and who sits where: decides what a counter may take. */
export type CandidateFilter = {
  serviceId: string;
  counterId: string;
  staffId: number;
};

/** SQL for tickets: the only place that reads or writes the tickets table. */
export function createTicketRepository(db: Db) {
  const statements = {
    byId: db.prepare(`SELECT ${columns} FROM tickets WHERE id = ?`),
    byTrackingCode: db.prepare(`SELECT ${columns} FROM tickets WHERE tracking_code = ?`),
    insert: db.prepare(`INSERT INTO tickets (business_day, number, service_id, original_service_id, status, lang,
        tracking_code, issued_at, queued_at, appointment_at)
      VALUES (@businessDay, @number, @serviceId, @serviceId, 'waiting', @lang, @trackingCode, @issuedAt, @queuedAt, @appointmentAt)`),
    nextNumber: db.prepare(`INSERT INTO number_sequences (business_day, prefix, last_number) VALUES (?, ?, 1)
      ON CONFLICT (business_day, prefix) DO UPDATE SET last_number = last_number + 1
      RETURNING last_number AS lastNumber`),
    atCounter: db.prepare(`SELECT ${columns} FROM tickets WHERE counter_id = ? AND status IN ('called', 'serving')`),
    active: db.prepare(`SELECT ${columns} FROM tickets WHERE status IN ('waiting', 'called', 'serving') ORDER BY queued_at, id`),
    activeOfDay: db.prepare(`SELECT ${columns} FROM tickets WHERE business_day = ? AND status IN ('waiting', 'called', 'serving') ORDER BY queued_at, id`),
    unfinishedBefore: db.prepare(`SELECT ${columns} FROM tickets WHERE business_day < ? AND status IN ('waiting', 'called', 'serving')`),
    ofDay: db.prepare(`SELECT ${columns} FROM tickets WHERE business_day = ? ORDER BY id`),
    waitingPlaces: db.prepare(`SELECT id, service_id AS serviceId, queued_at AS queuedAt, issued_at AS issuedAt,
        appointment_at AS appointmentAt FROM tickets WHERE status = 'waiting'`),
    place: db.prepare(`SELECT id, status, service_id AS serviceId, queued_at AS queuedAt, issued_at AS issuedAt,
        appointment_at AS appointmentAt, counter_id AS counterId, called_at AS calledAt FROM tickets WHERE id = ?`),
    // The head of one service's queue that this counter and person may take: tickets reserved
    // for another counter or person stay theirs while that counter is open or that person signed in.
    headOfQueue: db.prepare(`SELECT ${columns} FROM tickets
      WHERE status = 'waiting' AND service_id = @serviceId
        AND (target_counter_id IS NULL OR target_counter_id = @counterId
             OR target_counter_id NOT IN (SELECT counter_id FROM counter_state WHERE status != 'closed'))
        AND (target_staff_id IS NULL OR target_staff_id = @staffId
             OR target_staff_id NOT IN (SELECT staff_id FROM counter_state WHERE status != 'closed' AND staff_id IS NOT NULL))
      ORDER BY queued_at, id LIMIT 1`),
    reservedFor: db.prepare(`SELECT ${columns} FROM tickets WHERE status = 'waiting'
        AND target_counter_id IS NOT NULL AND target_counter_id = @counterId
      UNION SELECT ${columns} FROM tickets WHERE status = 'waiting'
        AND target_staff_id IS NOT NULL AND target_staff_id = @staffId
      ORDER BY queuedAt, id`),
    appointmentsAhead: db.prepare(`SELECT COUNT(*) AS ahead FROM tickets INDEXED BY tickets_waiting_appointments
      WHERE status = 'waiting' AND appointment_at IS NOT NULL AND service_id = @serviceId
        AND (appointment_at < @appointmentAt OR (appointment_at = @appointmentAt AND id < @id))`),
    dueAppointments: db.prepare(`SELECT ${columns} FROM tickets INDEXED BY tickets_waiting_appointments
      WHERE status = 'waiting' AND appointment_at IS NOT NULL AND appointment_at <= ?
      ORDER BY appointment_at, id`),
    heldPlaces: db.prepare(`SELECT id, counter_id AS counterId, service_id AS serviceId, called_at AS calledAt
      FROM tickets WHERE status IN ('called', 'serving') AND counter_id IS NOT NULL`),
    recentServiceMinutes: db.prepare(`SELECT (finished_at - COALESCE(started_at, called_at)) / 60000.0 AS minutes
      FROM tickets WHERE service_id = ? AND status = 'finished' AND called_at IS NOT NULL AND finished_at > ?
      ORDER BY finished_at DESC LIMIT ?`),
  };

  const updates = new Map<string, Statement>();
  const queues = new WaitingQueues();
  /** Each called or serving ticket by id. */
  const held = new Map<number, HeldTicket>();
  let heldVersion = 0;
  /** The counters holding a ticket, derived from `held` when first asked after a change. */
  let busy: ReadonlySet<string> | null = null;
  const reloadQueues = () => {
    queues.reset(statements.waitingPlaces.all() as QueueEntry[]);
    held.clear();
    busy = null;
    for (const { id, ...ticket } of statements.heldPlaces.all() as (HeldTicket & { id: number })[]) held.set(id, ticket);
  };
  reloadQueues();
  /** Keeps the in-memory queues and counters in step with the row after a write. */
  const syncPlace = (id: number) => {
    const row = statements.place.get(id) as (QueueEntry & { status: TicketStatus; counterId: string | null; calledAt: number | null }) | undefined;
    if (row?.status === 'waiting') {
      queues.add({ id: row.id, serviceId: row.serviceId, queuedAt: row.queuedAt, issuedAt: row.issuedAt, appointmentAt: row.appointmentAt });
    } else queues.remove(id);
    if ((row?.status === 'called' || row?.status === 'serving') && row.counterId) {
      held.set(id, { counterId: row.counterId, serviceId: row.serviceId, calledAt: row.calledAt ?? row.queuedAt });
    } else held.delete(id);
    heldVersion += 1;
    busy = null;
  };

  return {
    byId: (id: number) => statements.byId.get(id) as TicketRecord | undefined,
    byTrackingCode: (code: string) => statements.byTrackingCode.get(code) as TicketRecord | undefined,
    /** Gives the next number of a prefix for the day; call inside the issuing transaction. */
    nextNumber(businessDay: string, prefix: string): number {
      return (statements.nextNumber.get(businessDay, prefix) as { lastNumber: number }).lastNumber;
    },
    insert(ticket: NewTicket): number {
      const id = Number(statements.insert.run(ticket).lastInsertRowid);
      queues.add({ id, serviceId: ticket.serviceId, queuedAt: ticket.queuedAt, issuedAt: ticket.issuedAt, appointmentAt: ticket.appointmentAt });
      return id;
    },
    /** Changes when the in-memory queues or held tickets change. */
    memoryVersion: () => queues.version + heldVersion,
    /** Rebuilds the in-memory queues and held tickets from the database: after a rolled-back transaction. */
    reloadQueues,
    /** Writes the changed fields of a ticket. */
    update(id: number, changes: Partial<Omit<TicketRecord, 'id' | 'businessDay' | 'number' | 'issuedAt'>>): void {
      const keys = Object.keys(changes).sort();
      if (keys.length === 0) return;
      const signature = keys.join(',');
      let statement = updates.get(signature);
      if (!statement) {
        // Keys come from engine code, never from a request, so building the SQL is safe.
        statement = db.prepare(`UPDATE tickets SET ${keys.map((key) => `${toColumn(key)} = @${key}`).join(', ')} WHERE id = @id`);
        updates.set(signature, statement);
      }
      statement.run({ ...changes, id });
      if (['status', 'serviceId', 'queuedAt', 'counterId', 'calledAt', 'appointmentAt'].some((key) => key in changes)) syncPlace(id);
    },
    atCounter: (counterId: string) => statements.atCounter.all(counterId) as TicketRecord[],
    activeOfDay: (businessDay: string) => statements.activeOfDay.all(businessDay) as TicketRecord[],
    unfinishedBefore: (businessDay: string) => statements.unfinishedBefore.all(businessDay) as TicketRecord[],
    ofDay: (businessDay: string) => statements.ofDay.all(businessDay) as TicketRecord[],
    /** Waiting tickets before this one in its service's queue. */
    countAhead: (ticket: Pick<TicketRecord, 'id' | 'serviceId' | 'queuedAt'>) => queues.ahead(ticket.serviceId, ticket),
    queueSummary: (serviceId: string) => ({ waiting: queues.count(serviceId), oldest: queues.oldestIssue(serviceId) }),
    frontOfQueue: (serviceId: string) => queues.front(serviceId),
    // Waiting tickets all belong to the current business day: the daily reset ends the others.
    headOfQueue(filter: CandidateFilter): TicketRecord | undefined {
      return statements.headOfQueue.get(filter) as TicketRecord | undefined;
    },
    reservedFor: (counterId: string, staffId: number) => statements.reservedFor.all({ counterId, staffId }) as TicketRecord[],
    dueAppointments: (dueBy: number) => statements.dueAppointments.all(dueBy) as TicketRecord[],
    /** Checked-in appointments of the service waiting with an earlier booked time than this one. */
    countAppointmentsAhead: (ticket: { id: number; serviceId: string; appointmentAt: number }) =>
      (statements.appointmentsAhead.get(ticket) as { ahead: number }).ahead,
    /** Counters holding a called or serving ticket. */
    busyCounters: (): ReadonlySet<string> => (busy ??= new Set([...held.values()].map((ticket) => ticket.counterId))),
    /** The called and serving tickets, from memory (every estimate reads them). */
    heldTickets: (): Iterable<HeldTicket> => held.values(),
    /** Waiting tickets of the service whose place comes before `time` (queue order; an appointment's place is its booked time). */
    placedBefore: (serviceId: string, time: number) => queues.ahead(serviceId, { queuedAt: time, id: 0 }),
    /** The service's waiting tickets in queue order, from memory. */
    waitingIn: (serviceId: string) => queues.entries(serviceId),
    /** Minutes at the counter of the service's most recent finished visits since `since`. */
    recentServiceMinutes(serviceId: string, since: number, limit: number): number[] {
      return (statements.recentServiceMinutes.all(serviceId, since, limit) as { minutes: number }[]).map((row) => row.minutes);
    },
  };
}

export type TicketRepository = ReturnType<typeof createTicketRepository>;

function toColumn(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
