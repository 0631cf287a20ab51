import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from './database.js';
import { createTicketRepository } from './ticket-repository.js';

describe('the in-memory waiting queues', () => {
  it('agree with the database after inserts, moves and a rolled-back transaction', () => {
    const db = openMemoryDatabase();
    const tickets = createTicketRepository(db);
    const issue = (serviceId: string, at: number) =>
      tickets.insert({ businessDay: 'd', number: `${serviceId}${at}`, serviceId, lang: 'da', trackingCode: `code${at}`, issuedAt: at, queuedAt: at, appointmentAt: null });
    const ids = [1, 2, 3, 4, 5].map((at) => issue('a', at));
    issue('b', 6);
    tickets.update(ids[0]!, { status: 'called' });
    tickets.update(ids[3]!, { serviceId: 'b', queuedAt: 0 }); // transferred to the front of b
    expect(tickets.queueSummary('a')).toEqual({ waiting: 3, oldest: 2 });
    expect(tickets.countAhead({ id: ids[4]!, serviceId: 'a', queuedAt: 5 })).toBe(2);
    expect(tickets.frontOfQueue('b')).toBe(0);

    expect(() =>
      db.transaction(() => {
        tickets.update(ids[1]!, { status: 'called' });
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    tickets.reloadQueues();
    expect(tickets.queueSummary('a').waiting).toBe(3);
    const count = (serviceId: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM tickets WHERE status = 'waiting' AND service_id = ?`).get(serviceId) as { n: number }).n;
    expect([tickets.queueSummary('a').waiting, tickets.queueSummary('b').waiting]).toEqual([count('a'), count('b')]);
  });
});
