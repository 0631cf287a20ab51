import { afterEach, describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { callNext, expectError, expectSuccess, getTicket, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';
import { eventData, openEventStream, type EventStreamClient } from './sse-client.js';

describe('POST /api/tickets/{id}/undo over HTTP', () => {
  const server = serverPerTest();
  const streams: EventStreamClient[] = [];
  afterEach(() => {
    for (const stream of streams.splice(0)) stream.close();
  });

  it('takes back one’s own no-show: 200 with the ticket called again, published as ticket.undone and kept in its history', async () => {
    const s = server();
    const clerk = await staffAtCounter(s, 'mette', 'borgerservice', 'bs-3');
    const ticket = await issueTicket(s, 'moving');
    await callNext(s, clerk.token, 'bs-3');
    const stream = await openEventStream(s.url);
    streams.push(stream);
    expect((await stream.next()).event).toBe('snapshot');
    expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'no-show'), operations.noShow);
    expect((await stream.next()).event).toBe('ticket.no-show');

    s.clock.advance(9_000);
    const restored = expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'undo'), operations.undoTicket);
    expect(restored).toMatchObject({ status: 'called', counterId: 'bs-3', finishedAt: null });
    const frame = await stream.next();
    expect(frame.event).toBe('ticket.undone');
    expect(eventData(frame, 'ticket.undone')).toMatchObject({ ticket: { number: ticket.number, status: 'called' }, undid: 'ticket.no-show' });
    expect(frame.data).not.toContain('mette');
    const history = (await getTicket(s, ticket.id)).history.map((event: { type: string }) => event.type);
    expect(history.slice(-2)).toEqual(['ticket.no-show', 'ticket.undone']);
  });

  it('refuses with a clear code and changes nothing: a colleague 403, after the window 409, nothing to undo 409, no ticket 404, no token 401', async () => {
    const s = server();
    const clerk = await staffAtCounter(s, 'mette', 'borgerservice', 'bs-3');
    const colleague = await staffAtCounter(s, 'jonas', 'borgerservice', 'bs-4');
    const ticket = await issueTicket(s, 'moving');
    await callNext(s, clerk.token, 'bs-3');
    expectError(await ticketAction(s, clerk.token, ticket.id, 'undo'), 409, 'invalid-state');
    expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'no-show'), operations.noShow);

    expectError(await ticketAction(s, colleague.token, ticket.id, 'undo'), 403, 'forbidden');
    expect((await s.request('POST', `/api/tickets/${ticket.id}/undo`)).status).toBe(401);
    expectError(await ticketAction(s, clerk.token, 424242, 'undo'), 404, 'not-found');
    s.clock.advance(16_000);
    expectError(await ticketAction(s, clerk.token, ticket.id, 'undo'), 409, 'invalid-state');
    expect(await getTicket(s, ticket.id)).toMatchObject({ status: 'no-show' });
  });
});
