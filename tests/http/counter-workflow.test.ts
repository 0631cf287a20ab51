import { describe, expect, it } from 'vitest';
import { operations, outcomes } from '@dintur/shared';
import {
  callNext,
  expectError,
  expectSuccess,
  getTicket,
  issuePaths,
  issueTicket,
  serverPerTest,
  staffAtCounter,
  ticketAction,
} from './helpers.js';

describe('counters: signing in and out, pausing', () => {
  const server = serverPerTest();

  it('opens a counter for the person signing in, pauses with a reason, resumes and closes', async () => {
    const s = server();
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    const opened = expectSuccess(await s.request('POST', '/api/counters/bs-1/open', { token: clerk.token }), operations.openCounter);
    expect(opened).toMatchObject({ id: 'bs-1', status: 'open', staffId: clerk.id, pauseReason: null, currentTicket: null });
    expect(opened.since).toBe('2026-11-24T10:00:00.000Z');

    const paused = expectSuccess(
      await s.request('POST', '/api/counters/bs-1/pause', { token: clerk.token, body: { reason: 'lunch' } }),
      operations.pauseCounter,
    );
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'lunch', staffId: clerk.id });
    const resumed = expectSuccess(await s.request('POST', '/api/counters/bs-1/resume', { token: clerk.token }), operations.resumeCounter);
    expect(resumed).toMatchObject({ status: 'open', pauseReason: null });
    const closed = expectSuccess(await s.request('POST', '/api/counters/bs-1/close', { token: clerk.token }), operations.closeCounter);
    expect(closed).toMatchObject({ status: 'closed', staffId: null });

    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.counters.find((counter) => counter.id === 'bs-1')?.status).toBe('closed');
  });

  it('pauses with the default reason when none is given, and refuses an empty one (400)', async () => {
    const s = server();
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    const error = expectError(await s.request('POST', '/api/counters/bs-1/pause', { token: clerk.token, body: { reason: '  ' } }), 400, 'validation-failed');
    expect(issuePaths(error)).toEqual(['body.reason']);
    const paused = expectSuccess(await s.request('POST', '/api/counters/bs-1/pause', { token: clerk.token }), operations.pauseCounter);
    expect(paused).toMatchObject({ status: 'paused', pauseReason: 'pause' });
  });

  it('moves a person who signs in at a second counter out of the first', async () => {
    const s = server();
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expectSuccess(await s.request('POST', '/api/counters/bs-2/open', { token: clerk.token }), operations.openCounter);
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.counters.filter((counter) => counter.staffId === clerk.id).map((counter) => counter.id)).toEqual(['bs-2']);
    expect(centre.counters.find((counter) => counter.id === 'bs-1')?.status).toBe('closed');
  });

  it('ends a pause when the counter calls the next ticket', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await s.request('POST', '/api/counters/bs-1/pause', { token: clerk.token, body: { reason: 'phone' } });
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A1');
    const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
    expect(centre.counters.find((counter) => counter.id === 'bs-1')).toMatchObject({ status: 'open', currentTicket: { number: 'A1' } });
  });

  it('keeps a counter open while it holds a visit (409 ticket-in-progress)', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expectError(await s.request('POST', '/api/counters/bs-1/close', { token: clerk.token }), 409, 'ticket-in-progress');
  });

  it('lets a manager sign someone else out, but not a colleague (403 forbidden)', async () => {
    const s = server();
    await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    const colleague = await s.createStaff('colleague', 'staff', 'borgerservice');
    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    expectError(await s.request('POST', '/api/counters/bs-1/close', { token: colleague.token }), 403, 'forbidden');
    const closed = expectSuccess(await s.request('POST', '/api/counters/bs-1/close', { token: manager.token }), operations.closeCounter);
    expect(closed.status).toBe('closed');
  });

  it('refuses to call at a counter nobody has opened (409 counter-closed)', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectError(await s.request('POST', '/api/counters/bs-1/call-next', { token: clerk.token }), 409, 'counter-closed');
  });
});

describe('calling and serving tickets', () => {
  const server = serverPerTest();

  it('calls the next ticket (200 {ticket}) and answers 204 when nothing waits', async () => {
    const s = server();
    const issued = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    s.clock.advanceMinutes(3);
    const called = await callNext(s, clerk.token, 'bs-1');
    expect(called).toMatchObject({
      id: issued.id,
      number: 'A1',
      status: 'called',
      counterId: 'bs-1',
      staffId: clerk.id,
      position: null,
      calledAt: '2026-11-24T10:03:00.000Z',
    });
    const empty = await s.request('POST', '/api/counters/bs-2/call-next', { token: (await staffAtCounter(s, 'other', 'borgerservice', 'bs-2')).token });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeUndefined();
  });

  it('finishes the held ticket as resolved when call-next is pressed again', async () => {
    const s = server();
    const first = await issueTicket(s, 'passport');
    const second = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expect(expectSuccess(await ticketAction(s, clerk.token, first.id, 'start'), operations.start).status).toBe('serving');
    s.clock.advanceMinutes(7);
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A2');
    const finished = await getTicket(s, first.id);
    expect(finished).toMatchObject({ status: 'finished', outcome: 'resolved', finishedAt: '2026-11-24T10:07:00.000Z' });
    // The last "next" of the day finishes the held visit and then finds nothing.
    expect(await callNext(s, clerk.token, 'bs-1')).toBeNull();
    expect(await getTicket(s, second.id)).toMatchObject({ status: 'finished', outcome: 'resolved' });
  });

  it('calls one waiting ticket out of order to the person’s counter', async () => {
    const s = server();
    await issueTicket(s, 'passport');
    const second = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    const called = expectSuccess(await ticketAction(s, clerk.token, second.id, 'call', { counterId: 'bs-1' }), operations.callTicket);
    expect(called).toMatchObject({ number: 'A2', status: 'called', counterId: 'bs-1' });
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe('A1');
    expect((await getTicket(s, second.id)).outcome).toBe('resolved');
  });

  it('refuses to call out of order a ticket of a service the counter does not call (409 invalid-state)', async () => {
    const s = server();
    const pension = await issueTicket(s, 'pension');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expectError(await ticketAction(s, clerk.token, pension.id, 'call', { counterId: 'bs-1' }), 409, 'invalid-state');
    expect((await getTicket(s, pension.id)).status).toBe('waiting');
  });

  it('recalls a called ticket, counting the recalls', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'recall'), operations.recall);
    const again = expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'recall'), operations.recall);
    expect(again).toMatchObject({ status: 'called', recallCount: 2 });
  });

  it('starts serving a called ticket, after which it can no longer be recalled', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    s.clock.advanceMinutes(1);
    const serving = expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'start'), operations.start);
    expect(serving).toMatchObject({ status: 'serving', startedAt: '2026-11-24T10:01:00.000Z' });
    expectError(await ticketAction(s, clerk.token, ticket.id, 'recall'), 409, 'invalid-state');
  });

  it('marks a called ticket as no-show', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    const gone = expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'no-show'), operations.noShow);
    expect(gone).toMatchObject({ status: 'no-show', outcome: null });
    expect(gone.finishedAt).not.toBeNull();
    // The counter is free again: it can be closed.
    expectSuccess(await s.request('POST', '/api/counters/bs-1/close', { token: clerk.token }), operations.closeCounter);
  });

  it.each(outcomes)('finishes a visit with the outcome %s', async (outcome) => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    const finished = expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'finish', { outcome }), operations.finish);
    expect(finished).toMatchObject({ status: 'finished', outcome });
    const history = (await getTicket(s, ticket.id)).history;
    expect(history.at(-1)).toMatchObject({ type: 'ticket.finished', details: { outcome } });
  });

  it('finishes as resolved when no outcome is sent, and refuses an unknown outcome (400)', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    const error = expectError(await ticketAction(s, clerk.token, ticket.id, 'finish', { outcome: 'happy' }), 400, 'validation-failed');
    expect(issuePaths(error)).toEqual(['body.outcome']);
    expect(expectSuccess(await ticketAction(s, clerk.token, ticket.id, 'finish'), operations.finish).outcome).toBe('resolved');
  });

  it('lets staff cancel a waiting ticket, but not a called one (409 invalid-state)', async () => {
    const s = server();
    const first = await issueTicket(s, 'passport');
    const second = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    expectError(await ticketAction(s, clerk.token, first.id, 'cancel'), 409, 'invalid-state');
    const cancelled = expectSuccess(await ticketAction(s, clerk.token, second.id, 'cancel'), operations.cancel);
    expect(cancelled).toMatchObject({ number: 'A2', status: 'cancelled', position: null });
    expect((await getTicket(s, second.id)).history.at(-1)).toMatchObject({ type: 'ticket.cancelled', details: { by: 'staff' } });
  });

  it('lists today’s unfinished tickets by default, and filters by status and service', async () => {
    const s = server();
    const a1 = await issueTicket(s, 'passport');
    await issueTicket(s, 'passport');
    await issueTicket(s, 'information');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    await callNext(s, clerk.token, 'bs-1');
    await ticketAction(s, clerk.token, a1.id, 'finish', { outcome: 'referred' });

    const list = async (query: string) =>
      expectSuccess(await s.request('GET', `/api/tickets${query}`, { token: clerk.token }), operations.listTickets).map((ticket) => ticket.number);
    expect(await list('')).toEqual(['A2', 'G1']);
    expect(await list('?status=finished')).toEqual(['A1']);
    expect(await list('?status=waiting,finished&serviceId=passport')).toEqual(['A1', 'A2']);
    expect(await list('?serviceId=information')).toEqual(['G1']);
  });

  it('shows one ticket with its whole history, in order', async () => {
    const s = server();
    const ticket = await issueTicket(s, 'passport');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    s.clock.advanceMinutes(4);
    await callNext(s, clerk.token, 'bs-1');
    await ticketAction(s, clerk.token, ticket.id, 'recall');
    await ticketAction(s, clerk.token, ticket.id, 'start');
    s.clock.advanceMinutes(6);
    await ticketAction(s, clerk.token, ticket.id, 'finish', { outcome: 'needs-appointment' });

    const withHistory = expectSuccess(await s.request('GET', `/api/tickets/${ticket.id}`, { token: clerk.token }), operations.getTicket);
    expect(withHistory).toMatchObject({ number: 'A1', status: 'finished', outcome: 'needs-appointment', recallCount: 1, staffId: clerk.id });
    expect(withHistory.history.map((event) => event.type)).toEqual([
      'ticket.issued',
      'ticket.called',
      'ticket.recalled',
      'ticket.started',
      'ticket.finished',
    ]);
    expect(withHistory.history[1]).toMatchObject({ counterId: 'bs-1', staffId: clerk.id, details: { waitedMs: 4 * 60_000 } });
    const ids = withHistory.history.map((event) => event.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});
