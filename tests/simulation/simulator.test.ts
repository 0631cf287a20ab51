import { describe, expect, it } from 'vitest';
import { fromLocal } from '@dintur/server';
import { createInProcessDriver, dayMetrics, mmcWait, Scenario, simulateDay, mean, drawVisits } from '@dintur/server/simulation';
import { createHttpDriver } from './http-driver.js';

const sixteenHours = { open: '06:00', close: '22:00' };

/** One class of exponential visits on identical counters: an M/M/c queue with a known answer. */
function mmcScenario(arrivalsPerHour: number, meanServiceMinutes: number, counters: number) {
  const hours = { open: sixteenHours.open, close: sixteenHours.close };
  return Scenario.parse({
    name: 'M/M/c check',
    date: '2026-11-26',
    ...sixteenHours,
    centre: {
      centre: { id: 'check', name: 'Check', timeZone: 'Europe/Copenhagen' },
      units: [{ id: 'unit', name: { da: 'Enhed', en: 'Unit' } }],
      services: [
        { id: 'svc', unitId: 'unit', prefix: 'A', name: { da: 'Ydelse', en: 'Service' }, authority: 'information', defaultServiceMinutes: meanServiceMinutes },
      ],
      counters: Array.from({ length: counters }, (_, index) => ({ id: `c${index}`, unitId: 'unit', name: `Skranke ${index}`, services: [{ serviceId: 'svc' }] })),
      hours: {
        weekly: { monday: null, tuesday: null, wednesday: null, thursday: hours, friday: null, saturday: null, sunday: null },
        lastTicketMinutesBeforeClose: 0,
      },
    },
    classes: [{ serviceId: 'svc', visitsPerDay: arrivalsPerHour * 16, meanServiceMinutes, serviceCv: 1, serviceDistribution: 'exponential', bookedShare: 0 }],
    hourlyFactors: Array.from({ length: 16 }, () => 1),
    transferShare: 0,
    appointmentNoShowShare: 0,
    checkInEarlyMinutes: { mean: 0, sd: 0 },
    counters: Array.from({ length: counters }, (_, index) => ({ counterId: `c${index}`, staffUnitId: 'unit' })),
  });
}

async function simulate(scenario: Scenario, seed: number, policy: 'engine' | 'fcfs' = 'engine') {
  const driver = createInProcessDriver(scenario, fromLocal(scenario.date, 0, scenario.centre.centre.timeZone));
  return simulateDay(scenario, drawVisits(scenario, seed), policy, driver);
}

describe('the simulation', () => {
  it('reproduces the Erlang C mean wait of an M/M/c queue (30 an hour, 9 minutes, 6 counters)', async () => {
    const scenario = mmcScenario(30, 9, 6);
    const waits: number[] = [];
    for (let seed = 1; seed <= 8; seed += 1) waits.push(dayMetrics(scenario, await simulate(scenario, seed)).overall.mean);
    // Eight 16-hour days starting empty: sampling error of the daily means is about ±20 %.
    const theory = mmcWait({ arrivalsPerMinute: 0.5, meanServiceMinutes: 9, servers: 6 }).meanWaitMinutes; // 2.53
    expect(mean(waits)).toBeGreaterThan(theory * 0.7);
    expect(mean(waits)).toBeLessThan(theory * 1.3);
  });

  it('matches an independent first-come-first-served calculation on the same citizens exactly', async () => {
    const scenario = mmcScenario(30, 9, 6);
    const visits = drawVisits(scenario, 11);
    const freeAt = Array.from({ length: 6 }, () => 6 * 60);
    const expected = visits.map((visit) => {
      freeAt.sort((a, b) => a - b);
      const start = Math.max(visit.arrivalMinute, freeAt[0]!);
      freeAt[0] = start + visit.serviceMinutes;
      return start;
    });
    const day = await simulateDay(scenario, visits, 'engine', createInProcessDriver(scenario, fromLocal(scenario.date, 0, scenario.centre.centre.timeZone)));
    day.visits.forEach((record, index) => expect(record.firstCallMinute).toBeCloseTo(expected[index]!, 6));
  });

  it('serves everyone who took a number and never leaves a counter idle while someone it may serve waits', async () => {
    const scenario = mmcScenario(30, 9, 6);
    const day = await simulate(scenario, 3);
    const came = day.visits.filter((record) => !record.turnedAway);
    expect(came.length).toBeGreaterThan(400);
    expect(came.every((record) => record.finishMinute !== null)).toBe(true);
    expect(day.counters.every((counter) => counter.idleWhileEligibleWaitingMinutes === 0)).toBe(true);
  });

  it('meets the same citizens under both policies (common random numbers) and repeats itself for a seed', async () => {
    const scenario = mmcScenario(30, 9, 5);
    expect(drawVisits(scenario, 7)).toEqual(drawVisits(scenario, 7));
    expect(drawVisits(scenario, 7)).not.toEqual(drawVisits(scenario, 8));
    const engine = await simulate(scenario, 7, 'engine');
    const fcfs = await simulate(scenario, 7, 'fcfs');
    expect(engine.visits.map((record) => record.visit)).toEqual(fcfs.visits.map((record) => record.visit));
    // One class on identical counters: the engine's rule is first-come-first-served.
    expect(engine.visits.map((record) => record.firstCallMinute)).toEqual(fcfs.visits.map((record) => record.firstCallMinute));
  });

  it('drives the real server over HTTP to the same calls as in-process', async () => {
    const scenario = mmcScenario(20, 9, 3);
    const visits = drawVisits(scenario, 5).filter((visit) => visit.arrivalMinute < 8 * 60); // two hours
    const start = fromLocal(scenario.date, 6 * 60 - 5, scenario.centre.centre.timeZone);
    const inProcess = await simulateDay(scenario, visits, 'engine', createInProcessDriver(scenario, start));
    const overHttp = await simulateDay(scenario, visits, 'engine', await createHttpDriver(scenario, start));
    expect(overHttp.visits.length).toBeGreaterThan(30);
    expect(overHttp.visits.map((record) => record.firstCallMinute)).toEqual(inProcess.visits.map((record) => record.firstCallMinute));
    expect(overHttp.visits.every((record) => record.finishMinute !== null)).toBe(true);
  });
});
