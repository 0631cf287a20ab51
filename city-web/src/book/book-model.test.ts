import { describe, expect, it } from 'vitest';
import type { CityBookingOptions, CitySlot } from '@dintur/shared';
import { ApiError } from '@dintur/web';
import { bookingCentres, dayChips, earliestByCentre, freeSlots, isSlotFull, isStartRefused, isUnreachable, servicesToChoose, slotsByCentre } from './book-model.js';

const slot = (centreId: string, start: string, available = 1): CitySlot => ({
  centreId,
  start: `2026-11-24T${start}:00.000Z`,
  end: `2026-11-24T${start.slice(0, 3)}59:00.000Z`,
  available,
  capacity: 2,
});

const centre = (centreId: string, centreName: string) => ({
  centreId,
  centreName,
  lengthMinutes: 15,
  firstDate: '2026-11-24',
  lastDate: '2027-01-22',
  checkInOpensMinutesBefore: 30,
  graceMinutes: 10,
});

const options: CityBookingOptions = {
  today: '2026-11-24',
  timeZone: 'Europe/Copenhagen',
  personalDataRetentionDays: 30,
  services: [
    { id: 'passport', name: { da: 'Pas', en: 'Passport' }, unitName: { da: 'Borgerservice', en: 'Citizen Service' }, selfServiceUrl: null, centres: [centre('valby', 'Borgercenter Valby'), centre('amager', 'Borgerservice Amager')] },
    { id: 'moving', name: { da: 'Flytning', en: 'Change of address' }, unitName: { da: 'Borgerservice', en: 'Citizen Service' }, selfServiceUrl: null, centres: [centre('amager', 'Borgerservice Amager')] },
    { id: 'mitid', name: { da: 'MitID', en: 'MitID' }, unitName: { da: 'Borgerservice', en: 'Citizen Service' }, selfServiceUrl: null, centres: [] },
  ],
};

describe('the services to choose from', () => {
  it('are those some centre takes bookings for, by name in the language, or only one centre’s', () => {
    expect(servicesToChoose(options, null, 'da').map((service) => service.id)).toEqual(['moving', 'passport']);
    expect(servicesToChoose(options, null, 'en').map((service) => service.id)).toEqual(['moving', 'passport']);
    expect(servicesToChoose(options, 'valby', 'da').map((service) => service.id)).toEqual(['passport']);
    expect(servicesToChoose(options, 'nowhere', 'da')).toEqual([]);
    expect([...bookingCentres(options)]).toEqual([
      ['valby', 'Borgercenter Valby'],
      ['amager', 'Borgerservice Amager'],
    ]);
  });
});

describe('the earliest free times', () => {
  it('come soonest centre first, each centre’s in time order and at most a few, full and foreign slots and empty centres left out', () => {
    const answer = [
      { centreId: 'valby', centreName: 'Borgercenter Valby', slots: [slot('valby', '09:30'), slot('valby', '09:15'), slot('valby', '09:45', 0), slot('valby', '10:00'), slot('valby', '10:15')] },
      { centreId: 'amager', centreName: 'Borgerservice Amager', slots: [slot('amager', '09:00', 2), slot('valby', '08:00')] },
      { centreId: 'norrebro', centreName: 'Borgerservice Nørrebro', slots: [] },
      { centreId: 'sundby', centreName: 'Borgerservice Sundby', slots: [slot('sundby', '09:00')] },
    ];
    const shown = earliestByCentre(answer, 3);
    expect(shown.map((entry) => entry.centreId)).toEqual(['amager', 'sundby', 'valby']);
    expect(shown[2]!.slots.map((entry) => entry.start.slice(11, 16))).toEqual(['09:15', '09:30', '10:00']);
    expect(shown[0]!.slots.map((entry) => entry.centreId)).toEqual(['amager']);
  });

  it('groups a day’s slots of several centres by centre, in time order', () => {
    const groups = slotsByCentre([slot('valby', '10:00'), slot('amager', '09:00'), slot('valby', '09:00')]);
    expect([...groups.keys()]).toEqual(['valby', 'amager']);
    expect(groups.get('valby')!.map((entry) => entry.start.slice(11, 16))).toEqual(['09:00', '10:00']);
  });

  it('leave out full slots and the appointment being moved', () => {
    const slots = [slot('valby', '09:00'), slot('valby', '09:15', 0), slot('valby', '09:30')];
    expect(freeSlots(slots, slots[0]!.start).map((entry) => entry.start.slice(11, 16))).toEqual(['09:30']);
  });
});

describe('the days of a centre', () => {
  it('are two weeks of chips from its first date, never past its last', () => {
    expect(dayChips({ firstDate: '2026-11-24', lastDate: '2027-01-22' })).toHaveLength(14);
    expect(dayChips({ firstDate: '2026-12-30', lastDate: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });
});

describe('what a refused booking means', () => {
  it('tells a taken time, a refused start, and a hub that did not answer apart', () => {
    const taken = new ApiError(409, 'conflict', 'That time was just taken; choose another.');
    const passed = new ApiError(400, 'validation-failed', 'bad', [{ path: 'body.start', message: 'in the past' }]);
    const badPhone = new ApiError(400, 'validation-failed', 'bad', [{ path: 'body.phone', message: 'a phone number' }]);
    expect([isSlotFull(taken), isSlotFull(passed), isSlotFull(new ApiError(409, 'invalid-state', 'The appointment is cancelled.'))]).toEqual([true, false, false]);
    expect([isStartRefused(passed), isStartRefused(badPhone)]).toEqual([true, false]);
    expect(isUnreachable(new ApiError(0, 'network', 'Failed to fetch'))).toBe(true);
    expect(isUnreachable(new ApiError(502, 'unexpected-response', 'Bad gateway'))).toBe(true);
    expect(isUnreachable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isUnreachable(taken)).toBe(false);
  });
});
