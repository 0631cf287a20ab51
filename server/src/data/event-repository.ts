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

const columns = 'id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details, payload';

/** SQL for the event log: appends, and reads in id order. */
export function createEventRepository(db: Db) {
  const statements = {
    append: db.prepare(`INSERT INTO events (id, at, type, ticket_id, counter_id, staff_id, details, payload)
      VALUES (@id, @at, @type, @ticketId, @counterId, @staffId, @details, @payload)`),
    publishedAfter: db.prepare(`SELECT ${columns} FROM events WHERE id > ? AND payload != 'null' ORDER BY id LIMIT ?`),
    between: db.prepare(`SELECT ${columns} FROM events WHERE at >= ? AND at < ? ORDER BY id`),
    ofTicket: db.prepare(`SELECT ${columns} FROM events WHERE ticket_id = ? ORDER BY id`),
    lastId: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM events'),
    recentOfTypes: db.prepare(`SELECT ${columns} FROM events WHERE type IN ('ticket.called', 'ticket.recalled') AND at >= ?
      ORDER BY id DESC LIMIT ?`),
  };
  const parse = (row: EventRow): EventRecord => ({ ...row, details: JSON.parse(row.details), payload: JSON.parse(row.payload) });

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
    /** Calls and recalls since `since`, newest first. */
    recentCalls: (since: number, limit: number) => (statements.recentOfTypes.all(since, limit) as EventRow[]).map(parse),
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
