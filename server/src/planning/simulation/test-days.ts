import { fromLocal } from '@dintur/shared/calendar';
import { createInProcessDriver, type CentreDriver } from './driver.js';
import { Scenario } from './scenario.js';
import { simulateDay, type Policy } from './simulator.js';
import { minuteOf, type Visit } from './visits.js';

/**
 * Tiny hand-made days for the tests: one service ("svc", configured at `defaultMinutes`, really
 * taking `meanMinutes`), `counters` identical counters open 09:00–`close`.
 */
export function tinyScenario(options: { counters?: number; close?: string; defaultMinutes?: number; meanMinutes?: number } = {}): Scenario {
  const { counters = 1, close = '12:00', defaultMinutes = 10, meanMinutes = 10 } = options;
  const hours = { open: '09:00', close };
  return Scenario.parse({
    name: 'tiny day',
    date: '2026-11-26',
    ...hours,
    centre: {
      centre: { id: 'tiny', name: 'Tiny', timeZone: 'Europe/Copenhagen' },
      units: [{ id: 'unit', name: { da: 'Enhed', en: 'Unit' } }],
      services: [{ id: 'svc', unitId: 'unit', prefix: 'A', name: { da: 'Ydelse', en: 'Service' }, authority: 'information', defaultServiceMinutes: defaultMinutes }],
      counters: Array.from({ length: counters }, (_, index) => ({ id: `c${index}`, unitId: 'unit', name: `Skranke ${index}`, services: [{ serviceId: 'svc' }] })),
      hours: {
        weekly: { monday: null, tuesday: null, wednesday: null, thursday: hours, friday: null, saturday: null, sunday: null },
        lastTicketMinutesBeforeClose: 0,
      },
    },
    classes: [{ serviceId: 'svc', visitsPerDay: 10, meanServiceMinutes: meanMinutes, serviceCv: 0, bookedShare: 0 }],
    hourlyFactors: Array.from({ length: minuteOf(close) / 60 - 9 }, () => 1),
    transferShare: 0,
    appointmentNoShowShare: 0,
    checkInEarlyMinutes: { mean: 0, sd: 0 },
    counters: Array.from({ length: counters }, (_, index) => ({ counterId: `c${index}`, staffUnitId: 'unit' })),
  });
}

/** A citizen of a hand-made day: `at` and `booked` as "HH:MM", the visit's minutes at the counter. */
export type HandMade = { at: string; minutes: number; booked?: string };

/** Hand-made citizens as the simulation's visits, in arrival order. */
export function handMadeVisits(citizens: readonly HandMade[]): Visit[] {
  return [...citizens]
    .sort((a, b) => minuteOf(a.at) - minuteOf(b.at))
    .map((citizen, index) => ({
      index,
      serviceId: 'svc',
      kind: citizen.booked ? 'booked' : 'walk-in',
      arrivalMinute: minuteOf(citizen.at),
      appointmentMinute: citizen.booked ? minuteOf(citizen.booked) : null,
      noShow: false,
      serviceMinutes: citizen.minutes,
      transfer: null,
    }));
}

/** A centre driven in-process from five minutes before the tiny day opens. */
export function tinyDriver(scenario: Scenario): ReturnType<typeof createInProcessDriver> {
  return createInProcessDriver(scenario, fromLocal(scenario.date, minuteOf(scenario.open) - 5, scenario.centre.centre.timeZone));
}

/** Plays hand-made citizens on the tiny day under a policy, on the real engine (or through `driver`). */
export function playTinyDay(scenario: Scenario, citizens: readonly HandMade[], policy: Policy = 'engine', driver: CentreDriver = tinyDriver(scenario)) {
  return simulateDay(scenario, handMadeVisits(citizens), policy, driver);
}
