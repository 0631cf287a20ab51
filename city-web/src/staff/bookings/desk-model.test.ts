import { describe, expect, it } from 'vitest';
import type { CityAppointment, CityBookingOptions, CityServiceDaySlots } from '@dintur/shared';
import { centresOf, dayListOrder, groupFreeTimes, serviceUnits } from './desk-model.js';

const centre = (centreId: string, centreName: string, lengthMinutes = 15) => ({
  centreId,
  centreName,
  lengthMinutes,
  firstDate: '2026-11-24',
  lastDate: '2027-01-24',
  checkInOpensMinutesBefore: 30,
  graceMinutes: 10,
});

const options: CityBookingOptions = {
  today: '2026-11-24',
  timeZone: 'Europe/Copenhagen',
  personalDataRetentionDays: 30,
  services: [
    { id: 'passport', name: { da: 'Pas', en: 'Passport' }, unitName: { da: 'Borgerservice', en: 'Citizen Service' }, selfServiceUrl: null, centres: [centre('valby', 'Borgercenter Valby'), centre('norrebro', 'Borgerservice Nørrebro', 20)] },
    { id: 'pension', name: { da: 'Pension', en: 'Pension' }, unitName: { da: 'Pension og Omsorg', en: 'Pension and Care' }, selfServiceUrl: null, centres: [centre('norrebro', 'Borgerservice Nørrebro')] },
    { id: 'moving', name: { da: 'Flytning', en: 'Moving' }, unitName: { da: 'Borgerservice', en: 'Citizen Service' }, selfServiceUrl: null, centres: [centre('amager', 'Borgerservice Amager')] },
  ],
};

/** A slot at `hour` o'clock UTC on 24 November, a quarter of an hour long. */
const slot = (centreId: string, hour: string, available = 1) => ({ centreId, start: `2026-11-24T${hour}:00:00.000Z`, end: `2026-11-24T${hour}:15:00.000Z`, available, capacity: 2 });

describe('the desk’s centres and services', () => {
  it('lists every centre that takes bookings once, by Danish name, and the services by unit', () => {
    expect(centresOf(options)).toEqual([
      { id: 'valby', name: 'Borgercenter Valby' },
      { id: 'amager', name: 'Borgerservice Amager' },
      { id: 'norrebro', name: 'Borgerservice Nørrebro' },
    ]);
    expect(serviceUnits(options).map((unit) => [unit.name, unit.services.map((service) => service.id)])).toEqual([
      ['Borgerservice', ['moving', 'passport']],
      ['Pension og Omsorg', ['pension']],
    ]);
  });
});

describe('free times across centres and days', () => {
  it('groups them by day, then centre by name, then service in the hub’s order, each at its centre’s length', () => {
    const entries: CityServiceDaySlots[] = [
      { centreId: 'norrebro', serviceId: 'pension', date: '2026-11-24', slots: [slot('norrebro', '10')] },
      { centreId: 'norrebro', serviceId: 'passport', date: '2026-11-24', slots: [slot('norrebro', '11'), slot('norrebro', '09')] },
      { centreId: 'valby', serviceId: 'passport', date: '2026-11-25', slots: [slot('valby', '09')] },
      { centreId: 'valby', serviceId: 'passport', date: '2026-11-24', slots: [slot('valby', '12')] },
    ];
    const view = groupFreeTimes(entries, options);
    expect(view.times).toBe(5);
    expect(view.centres).toBe(2);
    expect(view.days.map((day) => [day.date, day.centres.map((entry) => [entry.centre.id, entry.services.map((times) => `${times.service.id}/${times.lengthMinutes}`)])])).toEqual([
      ['2026-11-24', [['valby', ['passport/15']], ['norrebro', ['passport/20', 'pension/15']]]],
      ['2026-11-25', [['valby', ['passport/15']]]],
    ]);
    expect(view.days[0]!.centres[1]!.services[0]!.slots.map((free) => free.start)).toEqual(['2026-11-24T09:00:00.000Z', '2026-11-24T11:00:00.000Z']);
  });

  it('leaves out full slots, empty days and what the desk does not know', () => {
    const entries: CityServiceDaySlots[] = [
      { centreId: 'valby', serviceId: 'passport', date: '2026-11-24', slots: [slot('valby', '09', 0)] },
      { centreId: 'valby', serviceId: 'pension', date: '2026-11-24', slots: [slot('valby', '09')] },
      { centreId: 'elsewhere', serviceId: 'passport', date: '2026-11-24', slots: [slot('elsewhere', '09')] },
      { centreId: 'valby', serviceId: 'passport', date: '2026-11-26', slots: [] },
    ];
    expect(groupFreeTimes(entries, options)).toEqual({ days: [], times: 0, centres: 0 });
  });
});

describe('a centre’s day list', () => {
  it('is in time order, the still booked first at the same time', () => {
    const appointment = (code: string, hour: string, status: CityAppointment['status']) => ({ code, start: `2026-11-24T${hour}:00:00.000Z`, status }) as CityAppointment;
    const ordered = dayListOrder([appointment('CCCCCCCC', '10', 'booked'), appointment('BBBBBBBB', '09', 'cancelled'), appointment('AAAAAAAA', '09', 'booked')]);
    expect(ordered.map((entry) => entry.code)).toEqual(['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC']);
  });
});
