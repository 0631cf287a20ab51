import { fromLocal, indexCentre, mayServe } from '@dintur/server';
import type { CentreDriver } from './driver.js';
import type { Scenario } from './scenario.js';
import { minuteOf, type Visit } from './visits.js';

/** How counters choose: the engine's call-next, or plain first-come-first-served. */
export type Policy = 'engine' | 'fcfs';

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
  /** The engine's estimate given at issue. */
  estimateMinutes: number | null;
  /** The plain queue-length predictor (n + 1) · m / s, computed here for comparison. */
  baselineMinutes: number | null;
};

export type CounterRecord = {
  counterId: string;
  /** Minutes within opening hours the counter was staffed (breaks excluded). */
  availableMinutes: number;
  busyMinutes: number;
  /** Minutes idle while a ticket it may serve was waiting: should be none. */
  idleWhileEligibleWaitingMinutes: number;
};

export type DayResult = { policy: Policy; visits: VisitRecord[]; counters: CounterRecord[]; endMinute: number };

type Action =
  | { type: 'arrive'; visit: Visit }
  | { type: 'end'; counterId: string }
  | { type: 'break-start'; counterId: string }
  | { type: 'break-end'; counterId: string };
type Scheduled = { minute: number; order: number; action: Action };

type CounterState = {
  id: string;
  /** Services of the profile that its person may serve. */
  eligible: Set<string>;
  onBreak: boolean;
  breakDue: boolean;
  busy: { ticketId: number; record: VisitRecord } | null;
  idleSince: number;
  record: CounterRecord;
};

/** Tickets waiting now, as the simulation sees them: for FCFS and for idle-time accounting. */
type Waiting = { serviceId: string; sinceMinute: number };

/**
 * Simulates one day: citizens arrive, take numbers or check in, counters call and serve them,
 * some are sent on to another unit. Time is simulated; every decision is the real engine's
 * (or, for the FCFS policy, the oldest eligible ticket, called out of order through the engine).
 */
export async function simulateDay(scenario: Scenario, visits: Visit[], policy: Policy, driver: CentreDriver): Promise<DayResult> {
  const index = indexCentre(scenario.centre);
  const dayStart = fromLocal(scenario.date, 0, scenario.centre.centre.timeZone);
  const instant = (minute: number) => dayStart + Math.round(minute * 60_000);
  const open = minuteOf(scenario.open);
  const close = minuteOf(scenario.close);

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
    const eligible = new Set(
      counter.services.map((entry) => entry.serviceId).filter((serviceId) => mayServe({ unitId: simulated.staffUnitId }, index.service(serviceId), index.units)),
    );
    for (const pause of simulated.breaks) {
      schedule(minuteOf(pause.from), { type: 'break-start', counterId: counter.id });
      schedule(minuteOf(pause.to), { type: 'break-end', counterId: counter.id });
    }
    return {
      id: counter.id,
      eligible,
      onBreak: false,
      breakDue: false,
      busy: null,
      idleSince: open,
      record: { counterId: counter.id, availableMinutes: 0, busyMinutes: 0, idleWhileEligibleWaitingMinutes: 0 },
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
      estimateMinutes: null,
      baselineMinutes: null,
    }),
  );
  for (const record of records) if (!record.visit.noShow) schedule(record.visit.arrivalMinute, { type: 'arrive', visit: record.visit });
  const recordByTicket = new Map<number, VisitRecord>();
  const waiting = new Map<number, Waiting>();

  let now = open;
  driver.setTime(instant(now));
  for (const counter of counters) await driver.openCounter(counter.id);

  const eligibleWaiting = (counter: CounterState) => {
    for (const ticket of waiting.values()) if (counter.eligible.has(ticket.serviceId)) return true;
    return false;
  };

  /** Counts the interval [now, until) into each counter's figures. */
  const account = (until: number) => {
    const withinHours = Math.max(0, Math.min(until, close) - Math.max(now, open));
    for (const counter of counters) {
      if (counter.onBreak) continue;
      counter.record.availableMinutes += withinHours;
      if (counter.busy) counter.record.busyMinutes += withinHours;
      else if (eligibleWaiting(counter)) counter.record.idleWhileEligibleWaitingMinutes += until - now;
    }
  };

  const baseline = (serviceId: string, position: number | null) => {
    const servers = counters.filter((counter) => !counter.onBreak && counter.eligible.has(serviceId)).length;
    if (servers === 0 || position === null) return null;
    return (position * index.service(serviceId).defaultServiceMinutes) / servers;
  };

  async function call(counter: CounterState): Promise<void> {
    let ticket;
    if (policy === 'engine') {
      ticket = await driver.callNext(counter.id);
    } else {
      let oldest: [number, Waiting] | undefined;
      for (const entry of waiting) {
        if (counter.eligible.has(entry[1].serviceId) && (!oldest || entry[1].sinceMinute < oldest[1].sinceMinute)) oldest = entry;
      }
      ticket = oldest ? await driver.callTicket(counter.id, oldest[0]) : null;
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
    const idle = counters.filter((counter) => !counter.busy && !counter.onBreak).sort((a, b) => a.idleSince - b.idleSince);
    for (const counter of idle) if (eligibleWaiting(counter)) await call(counter);
  }

  async function startBreak(counter: CounterState): Promise<void> {
    counter.onBreak = true;
    await driver.pauseCounter(counter.id);
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
          estimateMinutes: ticket.estimatedWaitMinutes,
          baselineMinutes: baseline(action.visit.serviceId, ticket.position),
        });
        recordByTicket.set(ticket.id, record);
        waiting.set(ticket.id, { serviceId: action.visit.serviceId, sinceMinute: now });
        break;
      }
      case 'end': {
        const counter = counterById.get(action.counterId)!;
        const { ticketId, record } = counter.busy!;
        const transfer = record.visit.transfer;
        if (transfer && record.transferMinute === null) {
          await driver.transfer(counter.id, ticketId, transfer.serviceId);
          record.transferMinute = now;
          // Back in the queue at its original place by issue time.
          waiting.set(ticketId, { serviceId: transfer.serviceId, sinceMinute: record.issuedMinute! });
        } else {
          await driver.finish(counter.id, ticketId);
          record.finishMinute = now;
        }
        counter.busy = null;
        counter.idleSince = now;
        if (counter.breakDue) {
          counter.breakDue = false;
          await startBreak(counter);
        }
        break;
      }
      case 'break-start': {
        const counter = counterById.get(action.counterId)!;
        if (counter.busy) counter.breakDue = true;
        else await startBreak(counter);
        break;
      }
      case 'break-end': {
        const counter = counterById.get(action.counterId)!;
        counter.breakDue = false;
        if (counter.onBreak) {
          counter.onBreak = false;
          counter.idleSince = now;
          await driver.resumeCounter(counter.id);
        }
        break;
      }
    }
    await dispatch();
  }
  await driver.close();
  return { policy, visits: records, counters: counters.map((counter) => counter.record), endMinute: now };
}
