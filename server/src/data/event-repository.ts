import type { Db } from './database.js';

/** One entry of the append-only event log. */
export type EventRecord = {
  id: number;
  at: number;
  type: string;
  ticketId: number | null;
  counterId: string | null;
  staffId: number | null;
  details: Record<string, unknown>;
  /** What the public event stream published, or null for internal-only entries. */
  payload: unknown;
};

type EventRow = Omit<EventRecord, 'details' | 'payload'> & { details: string; payload: string };

/** An entry of the log without what was published: what statistics read (the payload is large and not needed). */
export type { LoggedEvent } from '@dintur/shared/statistics';
import type { LoggedEvent } from '@dintur/shared/statistics';
type LoggedRow = Omit<LoggedEvent, 'details'> & { details: string };

const columns = 'id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details, payload';
const loggedColumns = 'id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details';

/** SQL for the event log: appends, and reads in id order. */
export function createEventRepository(db: Db) {
  const statements = {
    append: db.prepare(`INSERT INTO events (id, at, type, ticket_id, counter_id, staff_id, details, payload)
      VALUES (@id, @at, @type, @ticketId, @counterId, @staffId, @details, @payload)`),
    publishedAfter: db.prepare(`SELECT ${columns} FROM events WHERE id > ? AND payload != 'null' ORDER BY id LIMIT ?`),
    between: db.prepare(`SELECT ${columns} FROM events WHERE at >= ? AND at < ? ORDER BY id`),
    ofTicket: db.prepare(`SELECT ${columns} FROM events WHERE ticket_id = ? ORDER BY id`),
    lastId: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM events'),
    newestAt: db.prepare('SELECT at FROM events WHERE id = (SELECT MAX(id) FROM events)'),
    recentOfTypes: db.prepare(`SELECT ${columns} FROM events WHERE type IN ('ticket.called', 'ticket.recalled') AND at >= ?
      ORDER BY id DESC LIMIT ?`),
    // Statistics: ticket by ticket through events_ticket, the issues found through events_type_at.
    ofTicketsIssuedBetween: db.prepare(`SELECT ${loggedColumns} FROM events WHERE ticket_id IN
      (SELECT ticket_id FROM events WHERE type = 'ticket.issued' AND at >= ? AND at < ?) ORDER BY ticket_id, id`),
    ofTypesBetween: db.prepare(`SELECT ${loggedColumns} FROM events WHERE type IN (SELECT value FROM json_each(?)) AND at >= ? AND at < ?
      ORDER BY id`),
    latestOfTypePerCounter: db.prepare(`SELECT ${loggedColumns} FROM events WHERE id IN
      (SELECT MAX(id) FROM events WHERE type = ? AND at < ? AND counter_id IS NOT NULL GROUP BY counter_id) ORDER BY id`),
    // The leaders' feed: found through events_type_at.
    newestPublishedOfTypes: db.prepare(`SELECT ${columns} FROM events WHERE type IN (SELECT value FROM json_each(?)) AND at >= ?
      AND payload != 'null' ORDER BY id DESC LIMIT ?`),
    latestOfTypePerCounterSince: db.prepare(`SELECT ${loggedColumns} FROM events WHERE id IN
      (SELECT MAX(id) FROM events WHERE type = ? AND at >= ? AND counter_id IS NOT NULL GROUP BY counter_id) ORDER BY id`),
    latestServiceChanges: db.prepare(`SELECT ${loggedColumns} FROM events WHERE id IN
      (SELECT MAX(id) FROM events WHERE type = 'service.changed' GROUP BY json_extract(details, '$.serviceId')) ORDER BY id`),
  };
  const parse = (row: EventRow): EventRecord => ({ ...row, details: JSON.parse(row.details), payload: JSON.parse(row.payload) });
  const parseLogged = (row: LoggedRow): LoggedEvent => ({ ...row, details: JSON.parse(row.details) });

  return {
    append(event: EventRecord): EventRecord {
      const info = statements.append.run({
        ...event,
        details: JSON.stringify(event.details),
        payload: JSON.stringify(event.payload ?? null),
      });
      return { ...event, id: Number(info.lastInsertRowid) };
    },
    /** Published events with an id above `id`, oldest first, for a reconnecting client. */
    publishedAfter: (id: number, limit: number) => (statements.publishedAfter.all(id, limit) as EventRow[]).map(parse),
    /** The whole log between two instants, for export. */
    between: (from: number, to: number) => (statements.between.all(from, to) as EventRow[]).map(parse),
    ofTicket: (ticketId: number) => (statements.ofTicket.all(ticketId) as EventRow[]).map(parse),
    lastId: () => (statements.lastId.get() as { id: number }).id,
    /** The time of the newest event (the last appended), or undefined for an empty log. */
    newestAt: () => (statements.newestAt.get() as { at: number } | undefined)?.at,
    /** Calls and recalls since `since`, newest first. */
    recentCalls: (since: number, limit: number) => (statements.recentOfTypes.all(since, limit) as EventRow[]).map(parse),
    /** Every event of the tickets taken between two instants, ticket by ticket, each ticket's in order (statistics). */
    ofTicketsIssuedBetween: (from: number, to: number) => (statements.ofTicketsIssuedBetween.all(from, to) as LoggedRow[]).map(parseLogged),
    /** The events of these types between two instants, oldest first (statistics). */
    ofTypesBetween: (types: readonly string[], from: number, to: number) =>
      (statements.ofTypesBetween.all(JSON.stringify(types), from, to) as LoggedRow[]).map(parseLogged),
    /** Each counter's latest event of this type before `before`: its state when a period starts (statistics). */
    latestOfTypePerCounter: (type: string, before: number) =>
      (statements.latestOfTypePerCounter.all(type, before) as LoggedRow[]).map(parseLogged),
    /** The newest published events of these types since `since`, newest first (the leaders' feed). */
    newestPublishedOfTypes: (types: readonly string[], since: number, limit: number) =>
      (statements.newestPublishedOfTypes.all(JSON.stringify(types), since, limit) as EventRow[]).map(parse),
    /** Each counter's latest event of this type since `since`. */
    latestOfTypePerCounterSince: (type: string, since: number) =>
      (statements.latestOfTypePerCounterSince.all(type, since) as LoggedRow[]).map(parseLogged),
    /** Each service's latest opening or closing by staff, however long ago. */
    latestServiceChanges: () => (statements.latestServiceChanges.all() as LoggedRow[]).map(parseLogged),
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
