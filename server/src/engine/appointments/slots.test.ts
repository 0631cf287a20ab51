import { describe, expect, it } from 'vitest';
import { CentreConfig, type CentreConfigInput } from '@dintur/shared';
import { demoConfig } from '../../seed/demo-config.js';
import { createTestEngine } from '../test-engine.js';
import { slotCapacities, slotTimes } from '@dintur/shared/calendar';
import { at, bookAs } from './testing.js';

const config = (change: (input: CentreConfigInput) => void = () => {}) => {
  const input = structuredClone(demoConfig) as CentreConfigInput;
  change(input);
  return CentreConfig.parse(input);
};

describe('slot capacity', () => {
  it('is the number of counters × (1 − walk-in share), rounded down, when that is whole', () => {
    expect(slotCapacities(2, 0.5, 4)).toEqual([1, 1, 1, 1]);
    expect(slotCapacities(3, 0, 3)).toEqual([3, 3, 3]);
    expect(slotCapacities(4, 1, 3)).toEqual([0, 0, 0]);
  });

  it('carries the fraction from slot to slot, so the day keeps exactly the walk-in share', () => {
    // 2 × 0.75 = 1.5 places a slot: 1, 2, 1, 2 …
    expect(slotCapacities(2, 0.25, 6)).toEqual([1, 2, 1, 2, 1, 2]);
    // 1 × 0.7 = 0.7: 0, 1, 1, 0, 1, 1, 0, 1, 1, 1 — 7 places in 10 slots, not none at all.
    const capacities = slotCapacities(1, 0.3, 10);
    expect(capacities).toEqual([0, 1, 1, 0, 1, 1, 0, 1, 1, 1]);
    expect(capacities.reduce((sum, value) => sum + value, 0)).toBe(7);
  });

  it('is never negative and never more than the counters', () => {
    for (const share of [0, 0.1, 0.33, 0.5, 0.9, 1]) {
      for (const capacity of slotCapacities(3, share, 50)) {
        expect(capacity).toBeGreaterThanOrEqual(0);
        expect(capacity).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('slot times', () => {
  it('run back to back through the service’s appointment hours, ending by the close', () => {
    const slots = slotTimes(config(), config().appointments.services['home-help']!, '2026-11-24');
    expect(slots).toHaveLength(24); // 08:00–20:00 in 30-minute slots
    expect(new Date(slots[0]!.start).toISOString()).toBe(at('08:00'));
    expect(new Date(slots.at(-1)!.end).toISOString()).toBe(at('20:00'));
  });

  it('stay within the centre’s opening hours and give none on a closed date or a closed weekday', () => {
    const realHours = config((input) => {
      input.hours.weekly.tuesday = { open: '10:00', close: '18:00' };
      input.hours.weekly.sunday = null;
      input.hours.closedDates = ['2026-11-25'];
    });
    const homeHelp = realHours.appointments.services['home-help']!;
    const tuesday = slotTimes(realHours, homeHelp, '2026-11-24');
    expect(new Date(tuesday[0]!.start).toISOString()).toBe(at('10:00'));
    expect(new Date(tuesday.at(-1)!.end).toISOString()).toBe(at('18:00'));
    expect(slotTimes(realHours, homeHelp, '2026-11-25')).toEqual([]);
    expect(slotTimes(realHours, homeHelp, '2026-11-29')).toEqual([]);
  });

  it('follow the service’s own hours of the weekday', () => {
    const morningsOnly = config((input) => {
      const weekly = { monday: null, tuesday: { open: '09:00', close: '10:00' }, wednesday: null, thursday: null, friday: null, saturday: null, sunday: null };
      input.appointments!.services!.moving = { lengthMinutes: 20, counterIds: ['bs-3'], hours: weekly };
    });
    const moving = morningsOnly.appointments.services.moving!;
    expect(slotTimes(morningsOnly, moving, '2026-11-24').map((slot) => new Date(slot.start).toISOString())).toEqual([at('09:00'), at('09:20'), at('09:40')]);
    expect(slotTimes(morningsOnly, moving, '2026-11-23')).toEqual([]);
  });
});

describe('the slots of a day', () => {
  it('list only slots that have not begun, with the places still free', () => {
    const { engine } = createTestEngine(); // 11:00
    const slots = engine.appointments.slots('passport', '2026-11-24');
    expect(slots[0]).toEqual({ start: at('11:15'), end: at('11:30'), available: 1, capacity: 1 });
    bookAs(engine, { start: at('11:30') });
    const after = engine.appointments.slots('passport', '2026-11-24');
    expect(after.find((slot) => slot.start === at('11:30'))).toMatchObject({ available: 0, capacity: 1 });
    expect(after.find((slot) => slot.start === at('11:45'))).toMatchObject({ available: 1 });
  });

  it('are empty beyond the booking horizon and in the past, and 404 for a service without appointments', () => {
    const { engine } = createTestEngine();
    expect(engine.appointments.slots('passport', '2026-11-23')).toEqual([]);
    expect(engine.appointments.slots('passport', '2027-01-23')).toHaveLength(48); // day 60
    expect(engine.appointments.slots('passport', '2027-01-24')).toEqual([]); // day 61
    expect(() => engine.appointments.slots('information', '2026-11-24')).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => engine.appointments.slots('no-such-service', '2026-11-24')).toThrow(expect.objectContaining({ status: 404 }));
  });
});
