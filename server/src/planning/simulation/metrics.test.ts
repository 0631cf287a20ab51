import { describe, expect, it } from 'vitest';
import { fromLocal } from '@dintur/shared/calendar';
import type { CentreDriver } from './driver.js';
import { playWeekBefore } from './history.js';
import { dayMetrics, hourlyReferences, judgeEstimates, totalWaiting } from './metrics.js';
import type { VisitRecord } from './simulator.js';
import { playTinyDay, tinyDriver, tinyScenario } from './test-days.js';
import { minuteOf, type Visit } from './visits.js';

/** A visit's record as the simulator writes it, from hand-set minutes. */
function record(visit: Partial<Visit>, times: Partial<VisitRecord>): VisitRecord {
  return {
    visit: { index: 0, serviceId: 'svc', kind: 'walk-in', arrivalMinute: 540, appointmentMinute: null, noShow: false, serviceMinutes: 10, transfer: null, ...visit },
    ticketId: 1,
    turnedAway: false,
    issuedMinute: visit.arrivalMinute ?? 540,
    firstCallMinute: null,
    transferMinute: null,
    secondCallMinute: null,
    finishMinute: null,
    position: 1,
    estimateMinutes: null,
    baselineMinutes: null,
    freeAwareBaselineMinutes: null,
    openCountersAtIssue: 1,
    ...times,
  };
}

describe('total citizen waiting', () => {
  it('adds walk-in waits, re-waits after a transfer and appointment lateness, and counts no early call as negative', () => {
    const visits = [
      record({ arrivalMinute: 540 }, { firstCallMinute: 545 }), // a walk-in waits 5
      record({ arrivalMinute: 550, transfer: { serviceId: 'svc', serviceMinutes: 5 } }, { firstCallMinute: 550, transferMinute: 560, secondCallMinute: 567 }), // re-waits 7
      record({ kind: 'booked', arrivalMinute: 595, appointmentMinute: 600 }, { firstCallMinute: 603 }), // 3 late
      record({ kind: 'booked', arrivalMinute: 590, appointmentMinute: 600 }, { firstCallMinute: 598 }), // called early: 0
      record({ kind: 'late', arrivalMinute: 615, appointmentMinute: 600 }, { firstCallMinute: 619 }), // too late to check in: a walk-in wait of 4
    ];
    expect(totalWaiting(visits)).toEqual({ walkIn: 9, reWait: 7, lateness: 3, total: 19 });
  });
});

describe('estimates judged per citizen', () => {
  it('measures both predictors on the same citizens and counts the underestimated by more than 10 minutes', () => {
    const visits = [
      record({ arrivalMinute: 540 }, { firstCallMinute: 560, estimateMinutes: 18, baselineMinutes: 5, freeAwareBaselineMinutes: 5 }), // waited 20
      record({ arrivalMinute: 541 }, { firstCallMinute: 541, estimateMinutes: 2, baselineMinutes: 0, freeAwareBaselineMinutes: 0 }), // waited 0
      record({ arrivalMinute: 542 }, { firstCallMinute: 550, estimateMinutes: null, baselineMinutes: 8, freeAwareBaselineMinutes: 8 }), // no engine estimate: not judged
      record({ kind: 'booked', arrivalMinute: 543, appointmentMinute: 560 }, { firstCallMinute: 560, estimateMinutes: 17, baselineMinutes: 1, freeAwareBaselineMinutes: 1 }), // checked in: not judged
    ];
    const judged = judgeEstimates(visits);
    expect(judged.engine).toMatchObject({ count: 2, meanAbsoluteError: 2, bias: 0, shareUnderBy10: 0 });
    expect(judged.baseline).toMatchObject({ count: 2, meanAbsoluteError: 7.5, shareUnderBy10: 0.5 });
    expect(judged.withheldWithCounterOpen).toBe(1);
  });

  it('counts a number promised while no counter of the service was open', async () => {
    const scenario = tinyScenario();
    const lunch = { ...scenario, counters: [{ ...scenario.counters[0]!, breaks: [{ from: '09:30', to: '10:00' }] }] };
    const day = await playTinyDay(lunch, [
      { at: '09:10', minutes: 5 },
      { at: '09:40', minutes: 5 },
    ]);
    expect(day.visits.map((visit) => visit.openCountersAtIssue)).toEqual([1, 0]);
    // Counted when the engine gave a number then, whatever number it was.
    expect(judgeEstimates(day.visits).numericWithoutOpenCounter).toBe(day.visits[1]!.estimateMinutes === null ? 0 : 1);
    const promised = (estimateMinutes: number | null) => record({ arrivalMinute: 580 }, { firstCallMinute: 600, estimateMinutes, openCountersAtIssue: 0 });
    expect(judgeEstimates([promised(12), promised(0), promised(null)]).numericWithoutOpenCounter).toBe(2);
    // The citizen who came during the lunch waited for the counter to come back.
    expect(day.visits[1]!.firstCallMinute).toBe(minuteOf('10:00'));
  });

  it('gives the queue-length baseline the true mean service time, not the configured default', async () => {
    const scenario = tinyScenario({ defaultMinutes: 4, meanMinutes: 10 });
    const day = await playTinyDay(scenario, [
      { at: '09:00', minutes: 10 },
      { at: '09:01', minutes: 10 },
      { at: '09:02', minutes: 10 },
    ]);
    // The first is called at once, so the next two are 1st and 2nd in line. The plain predictor
    // counts the citizen's own place, (n + 1) × 10 min on one counter, even with the counter free.
    expect(day.visits.map((visit) => visit.baselineMinutes)).toEqual([10, 10, 20]);
    // The free-counter-aware one sees the counter free for the first, then busy: 0, 1 × 10, 2 × 10.
    expect(day.visits.map((visit) => visit.freeAwareBaselineMinutes)).toEqual([0, 10, 20]);
  });
});

describe('idle counters and the working day', () => {
  it('finds a counter idle while a ticket it may serve waits (a clerk who does not call for 7 minutes)', async () => {
    const scenario = tinyScenario();
    const citizens = [
      { at: '09:00', minutes: 5 },
      { at: '09:07', minutes: 5 },
    ];
    const honest = await playTinyDay(scenario, citizens, 'engine');
    expect(honest.counters[0]!.idleWhileEligibleWaitingMinutes).toBe(0);

    const real = tinyDriver(scenario);
    const zone = scenario.centre.centre.timeZone;
    let now = 0;
    const lazy: CentreDriver = {
      ...real,
      setTime: (instant) => {
        now = instant;
        real.setTime(instant);
      },
      // Before 09:07 the clerk does not press "next".
      callNext: async (counterId) => (now < fromLocal(scenario.date, minuteOf('09:07'), zone) ? null : real.callNext(counterId)),
    };
    const planted = await playTinyDay(scenario, citizens, 'engine', lazy);
    expect(planted.counters[0]!.idleWhileEligibleWaitingMinutes).toBe(7);
    expect(dayMetrics(scenario, planted).idleWhileEligibleWaitingMinutes).toBe(7);
  });

  it('counts the work after closing into the working day, not into the opening hours', async () => {
    const scenario = tinyScenario({ close: '10:00' });
    const day = await playTinyDay(scenario, [
      { at: '09:00', minutes: 30 },
      { at: '09:55', minutes: 20 },
    ]);
    const metrics = dayMetrics(scenario, day);
    expect(metrics.overtimeMinutes).toBe(15);
    expect(metrics.utilisation.openingHours.c0).toBeCloseTo(35 / 60, 9);
    expect(metrics.utilisation.workingDay.c0).toBeCloseTo(50 / 75, 9);
  });
});

describe('the hourly references', () => {
  it('mark an hour over capacity, and the next while its backlog lasts, instead of comparing them', () => {
    const base = tinyScenario();
    // One 10-minute counter: 8 an hour (80 minutes of work) at 09, then 2 an hour (20 minutes).
    const scenario = { ...base, classes: [{ ...base.classes[0]!, visitsPerDay: 12 }], hourlyFactors: [4, 1, 1] };
    const hours = hourlyReferences(scenario);
    expect(hours.map((hour) => hour.overCapacity)).toEqual([['svc'], [], []]);
    expect(hours.map((hour) => hour.backlog)).toEqual([[], ['svc'], []]);
    expect(Number.isFinite(hours[2]!.largest)).toBe(true);
  });
});

describe('a day that opens with history', () => {
  it('has the previous week’s finished visits in the database before the first citizen comes', async () => {
    const scenario = tinyScenario({ defaultMinutes: 4, meanMinutes: 10 });
    const driver = tinyDriver(scenario);
    const recent = () => driver.engine.context.tickets.recentServiceMinutes('svc', 0, 50);
    expect(recent()).toEqual([]);
    await playWeekBefore(scenario, driver, 1);
    // cv 0: every visit of the week before took exactly the true 10 minutes.
    expect(recent().length).toBeGreaterThanOrEqual(5);
    for (const minutes of recent()) expect(minutes).toBeCloseTo(10, 6);
    // The measured day still plays on the same centre.
    const day = await playTinyDay(scenario, [{ at: '09:00', minutes: 10 }], 'engine', driver);
    expect(day.visits[0]!.finishMinute).toBe(minuteOf('09:10'));
  });
});
