import { describe, expect, it } from 'vitest';
import type { CentreConfigInput, StatsQuery } from '@dintur/shared';
import { StatsReport } from '@dintur/shared';
import type { Engine } from '../engine.js';
import { createTestEngine } from '../test-engine.js';

const allDay = { open: '00:00', close: '24:00' };

/**
 * A small centre whose estimates can be worked out by hand: one counter per service, so a
 * service's capacity is 1 counter, and the configured service minutes (fewer than five visits
 * finish per service, so the estimator keeps them): estimate = max(0, ahead + 1 − idle) × minutes.
 */
const centre = {
  centre: { id: 'test', name: 'Testcentret', timeZone: 'Europe/Copenhagen' },
  units: [
    { id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true },
    { id: 'pension-care', name: { da: 'Pension og Omsorg', en: 'Pension and Care' } },
  ],
  services: [
    {
      id: 'moving',
      unitId: 'borgerservice',
      prefix: 'E',
      name: { da: 'Flytning', en: 'Moving' },
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.borger.dk/flytning',
      defaultServiceMinutes: 10,
    },
    { id: 'passport', unitId: 'borgerservice', prefix: 'A', name: { da: 'Pas', en: 'Passport' }, authority: 'authority', defaultServiceMinutes: 10 },
    {
      id: 'pension',
      unitId: 'pension-care',
      prefix: 'P',
      name: { da: 'Pension', en: 'Pension' },
      authority: 'authority',
      selfServiceUrl: 'https://www.borger.dk/pension',
      defaultServiceMinutes: 20,
    },
  ],
  counters: [
    { id: 'bs-1', unitId: 'borgerservice', name: 'Skranke 1', services: [{ serviceId: 'moving' }] },
    { id: 'bs-2', unitId: 'borgerservice', name: 'Skranke 2', services: [{ serviceId: 'passport' }] },
    { id: 'po-7', unitId: 'pension-care', name: 'Skranke 7', services: [{ serviceId: 'pension' }] },
  ],
  hours: {
    weekly: {
      monday: allDay,
      tuesday: allDay,
      wednesday: allDay,
      thursday: allDay,
      friday: allDay,
      saturday: allDay,
      sunday: allDay,
    },
  },
} satisfies CentreConfigInput;

/** Local Copenhagen time on Tuesday 24 November 2026 (UTC+1). */
const local = (time: string) => `2026-11-24T${time}:00+01:00`;
const day: StatsQuery = { from: '2026-11-24', to: '2026-11-24' };

/**
 * The synthetic day, 09:00–10:30 (minutes after 09:00 in brackets):
 *
 *   bs-1 Anna (moving)     open 0, paused 30–45, closed 90
 *     E1 issued 0, called 4, started 5, finished 15 resolved
 *     E2 issued 2, called 15, started 16, transferred to pension 20
 *     E3 issued 6, called 20, no-show 23
 *     E4 issued 85, still waiting
 *   bs-2 Bo (passport)     open 0, closed 90
 *     A1 issued 1, called 3, started 4, finished 24 needs-appointment
 *     A2 issued 3, called 24, finished 30 resolved (never started)
 *     A3 issued 10, cancelled by the citizen 12
 *     A4 appointment 10:10, checked in 73, called 74, finished 80 resolved
 *   po-7 Per (pension)     open 0, closed 90
 *     P1 issued 0, called 8, started 10, finished 40 referred
 *     E2 (transferred in 20), called 40, started 41, finished 50 resolved
 *     P2 appointment 10:00, checked in 52, called 58, finished 70 self-service
 *
 * Estimates given (one counter each; moving and passport 10 min, pension 20):
 *   E1 0 (bs-1 idle), P1 0, A1 0, E2 (1 ahead, bs-1 idle) 10, A2 (1 ahead, bs-2 idle) 10,
 *   E3 (1 ahead, bs-1 busy) 20, A3 (1 ahead, bs-2 busy) 20, E4 0.
 */
function syntheticDay(options: { waitTargetMinutes?: number } = {}) {
  const config = options.waitTargetMinutes ? { ...centre, statistics: { waitTargetMinutes: options.waitTargetMinutes } } : centre;
  const { engine, clock, actor } = createTestEngine({ time: local('09:00'), config });
  const at = (minutes: number) => clock.set(new Date(local('09:00')).getTime() + minutes * 60_000);
  const anna = actor('anna', 'borgerservice');
  const bo = actor('bo', 'borgerservice');
  const per = actor('per', 'pension-care');
  const issue = (serviceId: string, appointmentAt?: string) =>
    engine.issueTicket({ serviceId, lang: 'da', ...(appointmentAt && { appointmentAt: new Date(local(appointmentAt)).getTime() }) });

  at(0);
  engine.openCounter(anna, 'bs-1');
  engine.openCounter(bo, 'bs-2');
  engine.openCounter(per, 'po-7');
  const e1 = issue('moving');
  const p1 = issue('pension');
  at(1);
  const a1 = issue('passport');
  at(2);
  const e2 = issue('moving');
  at(3);
  const a2 = issue('passport');
  expect(engine.callNext(bo, 'bs-2')?.number).toBe('A1');
  at(4);
  expect(engine.callNext(anna, 'bs-1')?.number).toBe('E1');
  engine.start(bo, a1.id);
  at(5);
  engine.start(anna, e1.id);
  at(6);
  const e3 = issue('moving');
  at(8);
  expect(engine.callNext(per, 'po-7')?.number).toBe('P1');
  at(10);
  const a3 = issue('passport');
  engine.start(per, p1.id);
  at(12);
  engine.cancelByCitizen(a3.trackingCode);
  at(15);
  engine.finish(anna, e1.id, 'resolved');
  expect(engine.callNext(anna, 'bs-1')?.number).toBe('E2');
  at(16);
  engine.start(anna, e2.id);
  at(20);
  engine.transfer(anna, e2.id, { serviceId: 'pension', placement: 'original' });
  expect(engine.callNext(anna, 'bs-1')?.number).toBe('E3');
  at(23);
  engine.noShow(anna, e3.id);
  at(24);
  engine.finish(bo, a1.id, 'needs-appointment');
  expect(engine.callNext(bo, 'bs-2')?.number).toBe('A2');
  at(30);
  engine.finish(bo, a2.id, 'resolved');
  engine.pauseCounter(anna, 'bs-1', 'Frokost');
  at(40);
  engine.finish(per, p1.id, 'referred');
  expect(engine.callNext(per, 'po-7')?.number).toBe('E2');
  at(41);
  engine.start(per, e2.id);
  at(45);
  engine.resumeCounter(anna, 'bs-1');
  at(50);
  engine.finish(per, e2.id, 'resolved');
  at(52);
  const p2 = issue('pension', '10:00');
  at(58);
  expect(engine.callNext(per, 'po-7')?.id).toBe(p2.id);
  at(70);
  engine.finish(per, p2.id, 'self-service');
  at(73);
  const a4 = issue('passport', '10:10');
  at(74);
  expect(engine.callNext(bo, 'bs-2')?.id).toBe(a4.id);
  at(80);
  engine.finish(bo, a4.id, 'resolved');
  at(85);
  const e4 = issue('moving');
  at(90);
  engine.closeCounter(anna, 'bs-1');
  engine.closeCounter(bo, 'bs-2');
  engine.closeCounter(per, 'po-7');

  // What the kiosk and the booking pages record (scripted here: the event names are the contract).
  const record = (time: string, type: string, details: Record<string, unknown>) => {
    clock.set(time.length === 5 ? local(time) : time);
    engine.context.transaction(() => engine.context.record({ type, details }));
  };
  record('08:55', 'appointment.booked', { serviceId: 'passport', start: local('10:10'), channel: 'online' });
  record('09:01', 'kiosk.choice', { serviceId: 'moving', choice: 'self-service', kioskId: 'kiosk-1' });
  record('09:02', 'kiosk.choice', { serviceId: 'moving', choice: 'ticket', kioskId: 'kiosk-1' });
  record('09:05', 'appointment.booked', { serviceId: 'pension', start: '2026-12-01T10:00:00.000Z', channel: 'online' });
  record('09:07', 'kiosk.choice', { serviceId: 'moving', choice: 'self-service', kioskId: 'kiosk-2' });
  record('09:09', 'appointment.booked', { serviceId: 'pension', start: '2026-12-02T10:00:00.000Z', channel: 'agent' });
  record('09:11', 'kiosk.choice', { serviceId: 'pension', choice: 'self-service', kioskId: 'kiosk-1' });
  record('09:12', 'kiosk.choice', { serviceId: 'moving', choice: 'self-service', kioskId: 'kiosk-2' });
  record('09:30', 'appointment.moved', { serviceId: 'passport', from: '2026-12-01T09:00:00.000Z', to: '2026-12-03T09:00:00.000Z' });
  record('09:40', 'appointment.cancelled', { serviceId: 'passport', start: '2026-12-04T09:00:00.000Z', by: 'citizen' });
  record('09:41', 'appointment.cancelled', { serviceId: 'pension', start: '2026-12-04T09:00:00.000Z', by: 'agent' });
  record('09:52', 'appointment.checked-in', { serviceId: 'pension', start: local('10:00'), minutesEarly: 8, ticketId: p2.id });
  record('10:13', 'appointment.checked-in', { serviceId: 'passport', start: local('10:10'), minutesEarly: -3, ticketId: a4.id });
  record('10:20', 'appointment.no-show', { serviceId: 'passport', start: local('10:05') });
  // The day before and the day after: outside the period.
  record('2026-11-25T09:00:00+01:00', 'appointment.no-show', { serviceId: 'passport', start: '2026-11-25T08:50:00.000Z' });
  record('2026-11-23T12:00:00+01:00', 'kiosk.choice', { serviceId: 'moving', choice: 'ticket', kioskId: 'kiosk-1' });
  clock.set(local('11:00'));
  return { engine, clock, tickets: { e1, e2, e3, e4, a1, a2, a3, a4, p1, p2 } };
}

async function report(engine: Engine, query: StatsQuery = day) {
  // The answer must satisfy its own published schema.
  return StatsReport.parse(await engine.statistics(query));
}

const noOutcomes = { resolved: 0, referred: 0, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 };

describe('statistics of a synthetic day', () => {
  it('records the estimate each citizen was given with the number', () => {
    const { engine, tickets } = syntheticDay();
    const given = Object.fromEntries(
      Object.entries(tickets).map(([name, ticket]) => [name, engine.getTicket(ticket.id).history[0]!.details.estimatedWaitMinutes]),
    );
    expect(given).toMatchObject({ e1: 0, p1: 0, a1: 0, e2: 10, a2: 10, e3: 20, a3: 20, e4: 0 });
    expect(tickets.e3.estimatedWaitMinutes).toBe(20);
  });

  it('counts every ticket once where it began and once where it ended', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine);
    // 10 numbers: E1–E4, A1–A4, P1, P2; E2 moved once from moving to pension.
    expect(stats.total).toMatchObject({
      issued: 10,
      transferredIn: 1,
      transferredOut: 1,
      served: 7, // E1, A1, A2, A4, P1, E2 at pension, P2
      noShows: 1, // E3
      cancelled: 1, // A3
      unfinished: 1, // E4, still waiting
      outcomes: { resolved: 4, referred: 1, 'needs-appointment': 1, 'self-service': 1, 'not-resolved': 0 },
      firstContactResolution: 4 / 7,
    });
    const [borgerservice, pensionCare] = stats.byUnit;
    expect(borgerservice).toMatchObject({ unitId: 'borgerservice', issued: 8, transferredIn: 0, transferredOut: 1, served: 4, noShows: 1, cancelled: 1, unfinished: 1 });
    expect(pensionCare).toMatchObject({
      unitId: 'pension-care',
      issued: 2,
      transferredIn: 1,
      transferredOut: 0,
      served: 3,
      outcomes: { ...noOutcomes, resolved: 1, referred: 1, 'self-service': 1 },
    });
    expect(stats.byService.map(({ serviceId, issued, transferredIn, transferredOut, served, noShows, cancelled, unfinished }) => ({
      serviceId,
      issued,
      transferredIn,
      transferredOut,
      served,
      noShows,
      cancelled,
      unfinished,
    }))).toEqual([
      { serviceId: 'moving', issued: 4, transferredIn: 0, transferredOut: 1, served: 1, noShows: 1, cancelled: 0, unfinished: 1 },
      { serviceId: 'passport', issued: 4, transferredIn: 0, transferredOut: 0, served: 3, noShows: 0, cancelled: 1, unfinished: 0 },
      { serviceId: 'pension', issued: 2, transferredIn: 1, transferredOut: 0, served: 3, noShows: 0, cancelled: 0, unfinished: 0 },
    ]);
  });

  it('measures waits from entering a queue to the call, against the target, without the appointments', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine);
    // E1 4, A1 2, E2 13 (moving) and 20 (pension, from the transfer), A2 21, E3 14, P1 8.
    // Sorted 2 4 8 13 14 20 21: p90 at h = 6 × 0.9 = 5.4 → 20 + 0.4 × (21 − 20).
    expect(stats.total.waits).toEqual({ count: 7, mean: 82 / 7, median: 13, p90: expect.closeTo(20.4, 9), max: 21, withinTarget: 5, withinTargetShare: 5 / 7 });
    expect(stats.waitTargetMinutes).toBe(15);
    const waits = Object.fromEntries(stats.byService.map((row) => [row.serviceId, row.waits]));
    expect(waits.moving).toMatchObject({ count: 3, mean: 31 / 3, median: 13, max: 14, withinTarget: 3 });
    expect(waits.passport).toMatchObject({ count: 2, mean: 11.5, median: 11.5, max: 21, withinTarget: 1, withinTargetShare: 0.5 });
    expect(waits.pension).toMatchObject({ count: 2, mean: 14, max: 20, withinTarget: 1 });
  });

  it('counts a wait of exactly the target as within it, with the target the centre sets', async () => {
    const { engine } = syntheticDay({ waitTargetMinutes: 20 });
    const stats = await report(engine);
    expect(stats.waitTargetMinutes).toBe(20);
    expect(stats.total.waits).toMatchObject({ withinTarget: 6, withinTargetShare: 6 / 7 });
  });

  it('measures service times from the start, or from the call when the visit was never started', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine);
    // E1 10, A1 20, A2 6 (from the call), P1 30, E2 9, P2 12, A4 6: sorted 6 6 9 10 12 20 30.
    expect(stats.total.serviceTimes).toEqual({ count: 7, mean: 93 / 7, median: 10, p90: expect.closeTo(24, 9), max: 30 });
  });

  it('gives first-contact resolution in all and for the uncomplicated matters the national goal is about', async () => {
    const { engine } = syntheticDay();
    const { firstContact } = await report(engine);
    expect(firstContact).toEqual({
      served: 7,
      resolved: 4,
      share: 4 / 7,
      resolvedAfterTransfer: 1, // E2, resolved at pension after the transfer
      goal: 0.8,
      // Only moving is simple-authority; of it, E1 was served (and resolved).
      uncomplicated: { served: 1, resolved: 1, share: 1, resolvedAfterTransfer: 0 },
    });
  });

  it('shows transfers from which unit to which', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine);
    expect(stats.unitTransfers).toEqual([{ from: 'borgerservice', to: 'pension-care', count: 1 }]);
    expect(stats.serviceTransfers).toEqual([{ from: 'moving', to: 'pension', count: 1 }]);
  });

  it('groups by the weekday, hour and date the queue was entered', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine);
    expect(stats.byHour).toHaveLength(24);
    const hours = stats.byHour.filter((row) => row.issued + row.transferredIn > 0);
    // A4 (10:13) and E4 (10:25) came after 10; the rest, and the transfer at 09:20, in the 9 o'clock hour.
    expect(hours.map(({ hour, issued, transferredIn }) => ({ hour, issued, transferredIn }))).toEqual([
      { hour: 9, issued: 8, transferredIn: 1 },
      { hour: 10, issued: 2, transferredIn: 0 },
    ]);
    expect(stats.byHour[9]!.waits).toMatchObject({ count: 7, median: 13 });
    expect(stats.byHour[10]!.waits.count).toBe(0);
    expect(stats.byHour[10]!.waits.median).toBeNull();
    expect(stats.byWeekday.map((row) => [row.weekday, row.issued])).toEqual([
      ['monday', 0],
      ['tuesday', 10],
      ['wednesday', 0],
      ['thursday', 0],
      ['friday', 0],
      ['saturday', 0],
      ['sunday', 0],
    ]);
    expect(stats.byDate).toEqual([expect.objectContaining({ date: '2026-11-24', issued: 10, served: 7 })]);
  });

  it('counts kiosk choices of self-service instead of a number, and how numbers were taken', async () => {
    const { engine } = syntheticDay();
    const { channels } = await report(engine);
    expect(channels.kioskChoices).toEqual({ selfService: 4, ticket: 1, selfServiceShare: 0.8 });
    expect(channels.kioskChoicesByService).toEqual([
      { serviceId: 'moving', name: { da: 'Flytning', en: 'Moving' }, selfService: 3, ticket: 1, selfServiceShare: 0.75 },
      { serviceId: 'pension', name: { da: 'Pension', en: 'Pension' }, selfService: 1, ticket: 0, selfServiceShare: 1 },
    ]);
    expect(channels.ticketsByChannel.appointment).toBe(2);
    const { kiosk, web, appointment, unknown } = channels.ticketsByChannel;
    expect(kiosk + web + appointment + unknown).toBe(10);
  });

  it('follows appointments: booked online or by an agent, kept, late, no-show, and how close to their time they were called', async () => {
    const { engine } = syntheticDay();
    const { appointments } = await report(engine);
    expect(appointments).toEqual({
      bookedOnline: 2,
      bookedByAgent: 1,
      moved: 1,
      cancelledByCitizen: 1,
      cancelledByAgent: 1,
      checkedIn: 2,
      checkedInLate: 1,
      noShows: 1,
      keptShare: 2 / 3,
      // P2 called 2 minutes before 10:00, A4 4 minutes after 10:10: p90 = −2 + 0.9 × 6.
      calledAfterBookedTime: { count: 2, mean: 1, median: 1, p90: expect.closeTo(3.4, 9), max: 4, min: -2, onTime: 2, onTimeShare: 1 },
    });
  });

  it('gives counter hours signed in, paused and busy, per counter and per hour', async () => {
    const { engine } = syntheticDay();
    const { counters } = await report(engine);
    // Busy: bs-1 E1 4–15, E2 15–20, E3 20–23 = 19; bs-2 A1 3–24, A2 24–30, A4 74–80 = 33;
    // po-7 P1 8–40, E2 40–50, P2 58–70 = 54. Each signed in 0–90; bs-1 paused 30–45.
    expect(counters.byCounter).toEqual([
      { counterId: 'bs-1', unitId: 'borgerservice', name: 'Skranke 1', signedInMinutes: 90, pausedMinutes: 15, busyMinutes: 19, utilisation: 19 / 90 },
      { counterId: 'bs-2', unitId: 'borgerservice', name: 'Skranke 2', signedInMinutes: 90, pausedMinutes: 0, busyMinutes: 33, utilisation: 33 / 90 },
      { counterId: 'po-7', unitId: 'pension-care', name: 'Skranke 7', signedInMinutes: 90, pausedMinutes: 0, busyMinutes: 54, utilisation: 54 / 90 },
    ]);
    expect(counters.total).toEqual({ signedInMinutes: 270, pausedMinutes: 15, busyMinutes: 106, utilisation: 106 / 270 });
    // 9–10: busy 19 + (21 + 6) + (32 + 10 + 2); 10–10:30: A4 6 + P2 10.
    expect(counters.byHour[9]).toEqual({ hour: 9, signedInMinutes: 180, pausedMinutes: 15, busyMinutes: 90, utilisation: 0.5 });
    expect(counters.byHour[10]).toEqual({ hour: 10, signedInMinutes: 90, pausedMinutes: 0, busyMinutes: 16, utilisation: 16 / 90 });
    expect(counters.byHour[11]).toEqual({ hour: 11, signedInMinutes: 0, pausedMinutes: 0, busyMinutes: 0, utilisation: null });
  });

  it('judges the estimates given at issue against the waits that followed', async () => {
    const { engine } = syntheticDay();
    const { estimates } = await report(engine);
    // estimate − wait: E1 0 − 4, P1 0 − 8, A1 0 − 2, E2 10 − 13, A2 10 − 21, E3 20 − 14.
    // (A3 was cancelled, E4 is not called yet, appointments are not estimated.)
    expect(estimates.total).toEqual({ count: 6, meanAbsoluteError: 34 / 6, bias: -22 / 6, underestimatedShare: 5 / 6 });
    expect(estimates.byService.map(({ serviceId, count, meanAbsoluteError, bias }) => ({ serviceId, count, meanAbsoluteError, bias }))).toEqual([
      { serviceId: 'moving', count: 3, meanAbsoluteError: 13 / 3, bias: -1 / 3 },
      { serviceId: 'passport', count: 2, meanAbsoluteError: 6.5, bias: -6.5 },
      { serviceId: 'pension', count: 1, meanAbsoluteError: 8, bias: -8 },
    ]);
  });

  it('filters by unit: its services, its counters, and the transfers into or out of it', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine, { ...day, unitId: 'pension-care' });
    expect(stats.filter).toEqual({ unitId: 'pension-care', serviceId: null });
    expect(stats.total).toMatchObject({ issued: 2, transferredIn: 1, served: 3, noShows: 0 });
    expect(stats.byUnit.map((row) => row.unitId)).toEqual(['pension-care']);
    expect(stats.byService.map((row) => row.serviceId)).toEqual(['pension']);
    expect(stats.unitTransfers).toEqual([{ from: 'borgerservice', to: 'pension-care', count: 1 }]);
    expect(stats.counters.byCounter.map((row) => row.counterId)).toEqual(['po-7']);
    expect(stats.channels.kioskChoices).toEqual({ selfService: 1, ticket: 0, selfServiceShare: 1 });
    expect(stats.appointments).toMatchObject({ bookedOnline: 1, bookedByAgent: 1, cancelledByAgent: 1, cancelledByCitizen: 0, checkedIn: 1, noShows: 0 });
    expect(stats.estimates.total).toMatchObject({ count: 1, bias: -8 });
  });

  it('filters by service', async () => {
    const { engine } = syntheticDay();
    const stats = await report(engine, { ...day, serviceId: 'passport' });
    expect(stats.total).toMatchObject({ issued: 4, served: 3, cancelled: 1, transferredIn: 0, transferredOut: 0 });
    expect(stats.byUnit.map((row) => row.unitId)).toEqual(['borgerservice']);
    expect(stats.unitTransfers).toEqual([]);
    expect(stats.counters.byCounter.map((row) => row.counterId)).toEqual(['bs-2']);
  });

  it('reads the period in local dates: the day before is empty, and a counter still open when a period starts counts from its start', async () => {
    const { engine, clock, actor } = createTestEngine({ time: '2026-11-23T22:30:00+01:00', config: centre });
    const late = actor('late', 'borgerservice');
    engine.openCounter(late, 'bs-1'); // Monday 22:30, open over midnight
    engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    clock.set('2026-11-24T00:30:00+01:00');
    engine.closeCounter(late, 'bs-1');
    clock.set('2026-11-24T12:00:00+01:00');
    const monday = await report(engine, { from: '2026-11-23', to: '2026-11-23' });
    const tuesday = await report(engine, { from: '2026-11-24', to: '2026-11-24' });
    expect(monday.total.issued).toBe(1);
    expect(tuesday.total.issued).toBe(0);
    expect(monday.counters.byCounter[0]).toMatchObject({ signedInMinutes: 90 }); // 22:30 to midnight
    expect(tuesday.counters.byCounter[0]).toMatchObject({ signedInMinutes: 30 }); // midnight to 00:30
    expect(tuesday.counters.byHour[0]!.signedInMinutes).toBe(30);
    const both = await report(engine, { from: '2026-11-23', to: '2026-11-24' });
    expect(both.byDate.map((row) => [row.date, row.issued])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-24', 0],
    ]);
    expect(both.counters.total.signedInMinutes).toBe(120);
  });

  it('refuses a unit or service the centre does not have, naming it', async () => {
    const { engine } = createTestEngine({ config: centre });
    await expect(engine.statistics({ ...day, unitId: 'nowhere' })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: 'unitId', message: 'unknown unit "nowhere"' }],
    });
    await expect(engine.statistics({ ...day, serviceId: 'nothing' })).rejects.toMatchObject({ status: 400, issues: [{ path: 'serviceId' }] });
    await expect(engine.statistics({ ...day, unitId: 'pension-care', serviceId: 'moving' })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: 'serviceId', message: 'not a service of unit "pension-care"' }],
    });
  });
});
