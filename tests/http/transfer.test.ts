import { describe, expect, it } from 'vitest';
import { operations, type TransferPlacement } from '@dintur/shared';
import type { TestServer } from '../support/test-server.js';
import { callNext, expectError, expectSuccess, getTicket, issuePaths, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';
import { at, book } from './appointments-helpers.js';

/**
 * Housing benefit H1 at 11:00, information G1 at 11:01, housing benefit H2 at 11:02; at 11:03
 * Borgerservice calls G1 at bs-3 and finds it is a housing-benefit matter.
 */
async function receptionWithHousingQueue(s: TestServer) {
  await issueTicket(s, 'housing-benefit');
  s.clock.advanceMinutes(1);
  const visit = await issueTicket(s, 'information');
  s.clock.advanceMinutes(1);
  await issueTicket(s, 'housing-benefit');
  s.clock.advanceMinutes(1);
  const reception = await staffAtCounter(s, 'reception', 'borgerservice', 'bs-3');
  expect((await callNext(s, reception.token, 'bs-3'))?.number).toBe('G1');
  return { visit, reception };
}

describe('transferring a visit to another queue', () => {
  const server = serverPerTest();

  const placements: { placement: TransferPlacement; position: number; order: string[] }[] = [
    { placement: 'original', position: 2, order: ['H1', 'G1', 'H2'] },
    { placement: 'front', position: 1, order: ['G1', 'H1', 'H2'] },
    { placement: 'back', position: 3, order: ['H1', 'H2', 'G1'] },
  ];

  it.each(placements)('keeps the number and queues the visit at the $placement place', async ({ placement, position, order }) => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const moved = expectSuccess(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', placement }),
      operations.transfer,
    );
    expect(moved).toMatchObject({
      id: visit.id,
      number: 'G1',
      serviceId: 'housing-benefit',
      originalServiceId: 'information',
      status: 'waiting',
      counterId: null,
      position,
    });
    expect(expectSuccess(await s.request('GET', `/api/track/${visit.trackingCode}`), operations.track)).toMatchObject({
      number: 'G1',
      serviceId: 'housing-benefit',
      position,
    });

    const pensions = await staffAtCounter(s, 'pensions', 'pension-care', 'po-7');
    const called: (string | undefined)[] = [];
    for (let turn = 0; turn < 3; turn += 1) called.push((await callNext(s, pensions.token, 'po-7'))?.number);
    expect(called).toEqual(order);
  });

  it('shows the transfer note to staff in the ticket and its history', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', note: '  Needs help with the form  ' });
    const ticket = await getTicket(s, visit.id);
    expect(ticket.transferNote).toBe('Needs help with the form');
    expect(ticket.history.at(-1)).toMatchObject({
      type: 'ticket.transferred',
      counterId: 'bs-3',
      staffId: reception.id,
      details: { fromServiceId: 'information', toServiceId: 'housing-benefit', placement: 'original', note: 'Needs help with the form' },
    });
    // The note is for staff: the citizen's tracking page does not carry it.
    const tracking = await s.request('GET', `/api/track/${visit.trackingCode}`);
    expect(JSON.stringify(tracking.body)).not.toContain('Needs help');
  });

  it('refuses a transfer note holding a CPR number, and leaves the ticket where it was', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const refused = await s.request('POST', `/api/tickets/${visit.id}/transfer`, {
      token: reception.token,
      body: { serviceId: 'housing-benefit', note: 'Borger 010190-1234 mangler papirer' },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('CPR');
    const ticket = await getTicket(s, visit.id);
    expect(ticket.serviceId).toBe('information');
    expect(ticket.transferNote).toBeNull();
    expect(JSON.stringify(ticket.history)).not.toContain('010190');
  });

  it('calls a ticket reserved for a counter first at that counter, ahead of older tickets', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const pensions = await staffAtCounter(s, 'pensions', 'pension-care', 'po-8');
    const reserved = expectSuccess(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', placement: 'back', counterId: 'po-8' }),
      operations.transfer,
    );
    expect(reserved.targetCounterId).toBe('po-8');
    expect((await callNext(s, pensions.token, 'po-8'))?.number).toBe('G1');
    expect((await callNext(s, pensions.token, 'po-8'))?.number).toBe('H1');
  });

  it('leaves a reserved ticket to its counter while that counter is open', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    await staffAtCounter(s, 'reserved-desk', 'pension-care', 'po-8');
    const other = await staffAtCounter(s, 'other-desk', 'pension-care', 'po-7');
    await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', placement: 'front', counterId: 'po-8' });
    expect((await callNext(s, other.token, 'po-7'))?.number).toBe('H1');
    expect((await callNext(s, other.token, 'po-7'))?.number).toBe('H2');
    expect(await callNext(s, other.token, 'po-7')).toBeNull();
  });

  it('calls a ticket reserved for a person first wherever that person signs in', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const expert = await s.createStaff('expert', 'staff', 'pension-care');
    const moved = expectSuccess(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', placement: 'back', staffId: expert.id }),
      operations.transfer,
    );
    expect(moved.targetStaffId).toBe(expert.id);
    expectSuccess(await s.request('POST', '/api/counters/sc-10/open', { token: expert.token }), operations.openCounter);
    expect((await callNext(s, expert.token, 'sc-10'))?.number).toBe('G1');
  });

  it('refuses a reservation for a counter that does not call the service (400, counterId)', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const error = expectError(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', counterId: 'bs-1' }),
      400,
      'validation-failed',
    );
    expect(issuePaths(error)).toEqual(['counterId']);
    expect((await getTicket(s, visit.id)).status).toBe('called');
  });

  it('refuses a reservation for a person who may not handle the service (400, staffId)', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    const social = await s.createStaff('social', 'staff', 'social-centre');
    const error = expectError(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', staffId: social.id }),
      400,
      'validation-failed',
    );
    expect(issuePaths(error)).toEqual(['staffId']);
  });

  it('answers 404 for a transfer to an unknown service or counter', async () => {
    const s = server();
    const { visit, reception } = await receptionWithHousingQueue(s);
    expectError(await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'no-such-service' }), 404, 'not-found');
    expectError(
      await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', counterId: 'no-such-counter' }),
      404,
      'not-found',
    );
    expect((await getTicket(s, visit.id)).serviceId).toBe('information');
  });

  it('lets only a manager transfer a ticket that is still waiting', async () => {
    const s = server();
    const waiting = await issueTicket(s, 'information');
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-3');
    const manager = await s.createStaff('boss', 'manager', 'borgerservice');
    expectError(await ticketAction(s, clerk.token, waiting.id, 'transfer', { serviceId: 'moving' }), 403, 'forbidden');
    const moved = expectSuccess(await ticketAction(s, manager.token, waiting.id, 'transfer', { serviceId: 'moving' }), operations.transfer);
    expect(moved).toMatchObject({ number: 'G1', serviceId: 'moving', status: 'waiting' });
  });

  it('sends a checked-in booked citizen on as a walk-in of the new queue, behind those who came before the check-in', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30') });
    const h1 = await issueTicket(s, 'housing-benefit'); // 11:00
    s.clock.set(at('11:12'));
    const booked = expectSuccess(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), operations.checkIn);
    const clerk = await staffAtCounter(s, 'clerk', 'borgerservice', 'bs-1');
    expect((await callNext(s, clerk.token, 'bs-1'))?.number).toBe(booked.number); // early: nothing else waits
    s.clock.set(at('11:20')); // the passport matter turns out to be housing benefit, ten minutes before the old time
    const moved = expectSuccess(
      await ticketAction(s, clerk.token, booked.id, 'transfer', { serviceId: 'housing-benefit', placement: 'original' }),
      operations.transfer,
    );
    expect(moved).toMatchObject({ serviceId: 'housing-benefit', status: 'waiting', position: 2, appointmentAt: null });
    expect(expectSuccess(await s.request('GET', `/api/track/${booked.trackingCode}`), operations.track).position).toBe(2);
    const officer = await staffAtCounter(s, 'officer', 'pension-care', 'po-7');
    expect((await callNext(s, officer.token, 'po-7'))?.number).toBe(h1.number);
    expect((await callNext(s, officer.token, 'po-7'))?.number).toBe(booked.number);
    // Staff still see that the visit began as an appointment.
    const history = (await getTicket(s, booked.id)).history;
    expect(history.find((event) => event.type === 'ticket.transferred')?.details).toMatchObject({ appointmentAt: at('11:30') });
  });
});
