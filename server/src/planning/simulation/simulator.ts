import { fromLocal } from '@dintur/shared/calendar';
import { indexCentre, mayServe } from '../../engine/index.js';
import type { CentreDriver } from './driver.js';
import { appointmentRules, fairChoice, plainFcfsChoice, type Policy, type WaitingTicket } from './policies.js';
import { trueMeanMinutes, type Scenario } from './scenario.js';
import { minuteOf, type Visit } from './visits.js';

export type { Policy } from './policies.js';

/** What happened to one visit; times are minutes after local midnight. */
export type VisitRecord = {
  visit: Visit;
  ticketId: number | null;
  turnedAway: boolean;
  issuedMinute: number | null;
  firstCallMinute: number | null;
  transferMinute: number | null;
  secondCallMinute: number | null;
  finishMinute: number | null;
  /** The place in the queue the engine gave at issue (1 = next). */
  position: number | null;
  /** The engine's estimate given at issue. */
  estimateMinutes: number | null;
  /**
   * The issue's yardstick: the plain queue-length predictor (n + 1) · m / s with the scenario's
   * TRUE mean service time m of the class, n ahead and s open counters whose person may serve
   * the class. Null when none is open.
   */
  baselineMinutes: number | null;
  /**
   * A stronger yardstick, reported beside it: max(0, n + 1 − f) · m / s, where f of those
   * counters are free now (a free counter calls at once).
   */
  freeAwareBaselineMinutes: number | null;
  /** Open counters that call the service when the number was taken: with none, no estimate is believable. */
  openCountersAtIssue: number | null;
};

export type CounterRecord = {
  counterId: string;
  /** Minutes within opening hours the counter was staffed (breaks excluded). */
  availableMinutes: number;
  /** Minutes busy within opening hours. */
  busyWithinHoursMinutes: number;
  /** Minutes busy in all, the work after closing included. */
  busyMinutes: number;
  /** Staffed minutes of the real working day: opening hours and the work after closing until its last visit ended. */
  workingMinutes: number;
  /** Minutes idle while a ticket it may serve was waiting: should be none. */
  idleWhileEligibleWaitingMinutes: number;
};

export type DayResult = { policy: Policy; visits: VisitRecord[]; counters: CounterRecord[]; endMinute: number };

type Action =
  | { type: 'arrive'; visit: Visit }
  | { type: 'end'; counterId: string }
  | { type: 'break-start'; counterId: string }
  | { type: 'break-end'; counterId: string }
  | { type: 'shift-start'; counterId: string }
  | { type: 'shift-end'; counterId: string };
type Scheduled = { minute: number; order: number; action: Action };

type CounterState = {
  id: string;
  /** Services of the profile that its person may serve. */
  eligible: Set<string>;
  /** Every service the counter calls, as configured: decides whether a service has an open counter. */
  configured: Set<string>;
  /** On a break, or outside its shift. */
  away: boolean;
  /** Where the person goes once the visit at the counter ends. */
  leaving: 'break' | 'shift' | null;
  busy: { ticketId: number; record: VisitRecord } | null;
  idleSince: number;
  lastFinish: number;
  record: CounterRecord;
};

/**
 * Simulates one day: citizens arrive, take numbers or check in, counters call and serve them,
 * some are sent on to another unit. Time is simulated; every decision is the real engine's, or
 * for a baseline policy (policies.ts) its choice called out of order through the engine.
 * Counters work on after closing until nobody they may serve waits.
 */
export async function simulateDay(scenario: Scenario, visits: Visit[], policy: Policy, driver: CentreDriver): Promise<DayResult> {
  const index = indexCentre(scenario.centre);
  const dayStart = fromLocal(scenario.date, 0, scenario.centre.centre.timeZone);
  const instant = (minute: number) => dayStart + Math.round(minute * 60_000);
  const open = minuteOf(scenario.open);
  const close = minuteOf(scenario.close);
  const meanOf = (serviceId: string) => trueMeanMinutes(scenario, serviceId);
  const rules = appointmentRules(scenario.centre, meanOf);

  const queue: Scheduled[] = [];
  let order = 0;
  const schedule = (minute: number, action: Action) => {
    const item = { minute, order: order++, action };
    let position = queue.length;
    while (position > 0 && (queue[position - 1]!.minute > minute || (queue[position - 1]!.minute === minute && queue[position - 1]!.order > item.order))) position -= 1;
    queue.splice(position, 0, item);
  };

  const counters = scenario.counters.map((simulated): CounterState => {
    const counter = index.counter(simulated.counterId);
    const configured = new Set(counter.services.map((entry) => entry.serviceId));
    const eligible = new Set([...configured].filter((serviceId) => mayServe({ unitId: simulated.staffUnitId }, index.service(serviceId), index.units)));
    for (const pause of simulated.breaks) {
      schedule(minuteOf(pause.from), { type: 'break-start', counterId: counter.id });
      schedule(minuteOf(pause.to), { type: 'break-end', counterId: counter.id });
    }
    const lateStart = simulated.shift !== undefined && minuteOf(simulated.shift.from) > open;
    if (lateStart) schedule(minuteOf(simulated.shift!.from), { type: 'shift-start', counterId: counter.id });
    if (simulated.shift) schedule(minuteOf(simulated.shift.to), { type: 'shift-end', counterId: counter.id });
    return {
      id: counter.id,
      eligible,
      configured,
      away: lateStart,
      leaving: null,
      busy: null,
      idleSince: open,
      lastFinish: open,
      record: { counterId: counter.id, availableMinutes: 0, busyWithinHoursMinutes: 0, busyMinutes: 0, workingMinutes: 0, idleWhileEligibleWaitingMinutes: 0 },
    };
  });
  const counterById = new Map(counters.map((counter) => [counter.id, counter]));
  // Without check-in, a booked citizen takes a plain number on arrival.
  const asPlayed = driver.appointments ? visits : visits.map((visit): Visit => (visit.kind === 'booked' ? { ...visit, kind: 'late' } : visit));
  const records = asPlayed.map(
    (visit): VisitRecord => ({
      visit,
      ticketId: null,
      turnedAway: false,
      issuedMinute: null,
      firstCallMinute: null,
      transferMinute: null,
      secondCallMinute: null,
      finishMinute: null,
      position: null,
      estimateMinutes: null,
      baselineMinutes: null,
      freeAwareBaselineMinutes: null,
      openCountersAtIssue: null,
    }),
  );
  for (const record of records) if (!record.visit.noShow) schedule(record.visit.arrivalMinute, { type: 'arrive', visit: record.visit });
  const recordByTicket = new Map<number, VisitRecord>();
  const waiting = new Map<number, WaitingTicket>();

  let now = open;
  driver.setTime(instant(now));
  for (const counter of counters) if (!counter.away) await driver.openCounter(counter.id);

  const eligibleWaiting = (counter: CounterState) => {
    for (const ticket of waiting.values()) if (counter.eligible.has(ticket.serviceId)) return true;
    return false;
  };

  /** Counts the interval [now, until) into each counter's figures. */
  const account = (until: number) => {
    const withinHours = Math.max(0, Math.min(until, close) - Math.max(now, open));
    for (const counter of counters) {
      if (counter.away) continue;
      counter.record.availableMinutes += withinHours;
      if (counter.busy) {
        counter.record.busyWithinHoursMinutes += withinHours;
        counter.record.busyMinutes += until - now;
      } else if (eligibleWaiting(counter)) counter.record.idleWhileEligibleWaitingMinutes += until - now;
    }
  };

  const baseline = (serviceId: string, position: number | null, freeAware: boolean) => {
    const serving = counters.filter((counter) => !counter.away && counter.eligible.has(serviceId));
    if (serving.length === 0 || position === null) return null;
    const free = freeAware ? serving.filter((counter) => !counter.busy).length : 0;
    return (Math.max(0, position - free) * meanOf(serviceId)) / serving.length;
  };

  function choose(counter: CounterState): WaitingTicket | undefined {
    return policy === 'fair' ? fairChoice(waiting.values(), counter, now, rules) : plainFcfsChoice(waiting.values(), counter.eligible);
  }

  async function call(counter: CounterState): Promise<void> {
    let ticket;
    if (policy === 'engine') {
      ticket = await driver.callNext(counter.id);
    } else {
      const chosen = choose(counter);
      ticket = chosen ? await driver.callTicket(counter.id, chosen.ticketId) : null;
    }
    if (!ticket) return;
    const record = recordByTicket.get(ticket.id)!;
    waiting.delete(ticket.id);
    await driver.start(counter.id, ticket.id);
    const second = record.transferMinute !== null;
    if (second) record.secondCallMinute = now;
    else record.firstCallMinute = now;
    counter.busy = { ticketId: ticket.id, record };
    const minutes = second ? record.visit.transfer!.serviceMinutes : record.visit.serviceMinutes;
    schedule(now + minutes, { type: 'end', counterId: counter.id });
  }

  /** Free counters call, the longest idle first. */
  async function dispatch(): Promise<void> {
    const idle = counters.filter((counter) => !counter.busy && !counter.away).sort((a, b) => a.idleSince - b.idleSince);
    for (const counter of idle) if (eligibleWaiting(counter)) await call(counter);
  }

  async function leave(counter: CounterState, reason: 'break' | 'shift'): Promise<void> {
    counter.away = true;
    counter.leaving = null;
    if (reason === 'break') await driver.pauseCounter(counter.id);
    else await driver.closeCounter(counter.id);
  }

  async function come(counter: CounterState, reason: 'break' | 'shift'): Promise<void> {
    counter.away = false;
    counter.idleSince = now;
    if (reason === 'break') await driver.resumeCounter(counter.id);
    else await driver.openCounter(counter.id);
  }

  while (queue.length > 0) {
    const { minute, action } = queue.shift()!;
    account(minute);
    now = minute;
    driver.setTime(instant(now));
    switch (action.type) {
      case 'arrive': {
        const record = records[action.visit.index]!;
        const appointmentAt = action.visit.kind === 'booked' ? instant(action.visit.appointmentMinute!) : null;
        const ticket = await driver.issue(action.visit.serviceId, appointmentAt);
        if (!ticket) {
          record.turnedAway = true;
          break;
        }
        Object.assign(record, {
          ticketId: ticket.id,
          issuedMinute: now,
          position: ticket.position,
          estimateMinutes: ticket.estimatedWaitMinutes,
          baselineMinutes: baseline(action.visit.serviceId, ticket.position, false),
          freeAwareBaselineMinutes: baseline(action.visit.serviceId, ticket.position, true),
          openCountersAtIssue: counters.filter((counter) => !counter.away && counter.configured.has(action.visit.serviceId)).length,
        });
        recordByTicket.set(ticket.id, record);
        const appointmentMinute = action.visit.kind === 'booked' ? action.visit.appointmentMinute : null;
        waiting.set(ticket.id, { ticketId: ticket.id, serviceId: action.visit.serviceId, sinceMinute: now, appointmentMinute });
        break;
      }
      case 'end': {
        const counter = counterById.get(action.counterId)!;
        const { ticketId, record } = counter.busy!;
        const transfer = record.visit.transfer;
        if (transfer && record.transferMinute === null) {
          await driver.transfer(counter.id, ticketId, transfer.serviceId);
          record.transferMinute = now;
          // Back in the queue at its original place by issue time, as a walk-in there.
          waiting.set(ticketId, { ticketId, serviceId: transfer.serviceId, sinceMinute: record.issuedMinute!, appointmentMinute: null });
        } else {
          await driver.finish(counter.id, ticketId);
          record.finishMinute = now;
        }
        counter.busy = null;
        counter.idleSince = now;
        counter.lastFinish = now;
        if (counter.leaving) await leave(counter, counter.leaving);
        break;
      }
      case 'break-start':
      case 'shift-end': {
        const counter = counterById.get(action.counterId)!;
        const reason = action.type === 'break-start' ? 'break' : 'shift';
        if (counter.busy) counter.leaving = reason;
        else if (!counter.away) await leave(counter, reason);
        break;
      }
      case 'break-end': {
        const counter = counterById.get(action.counterId)!;
        if (counter.leaving === 'break') counter.leaving = null;
        else if (counter.away) await come(counter, 'break');
        break;
      }
      case 'shift-start':
        await come(counterById.get(action.counterId)!, 'shift');
        break;
    }
    await dispatch();
  }
  await driver.close();
  for (const counter of counters) {
    // The working day runs to closing, or on until the counter's last visit ended.
    counter.record.workingMinutes = counter.record.availableMinutes + Math.max(0, counter.lastFinish - close);
  }
  return { policy, visits: records, counters: counters.map((counter) => counter.record), endMinute: now };
}
