import { describe, expect, it } from 'vitest';
import type { ActivityEvent, CounterState, ServerEvent } from '@dintur/shared';
import { clockTime } from '@dintur/web';
import { describeEntry, formatChangedAt, fromStream, mergeFeed, namesOf, type FeedEntry } from './activity.js';

const centre = {
  units: [
    { id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true },
    { id: 'pension-care', name: { da: 'Pension og Omsorg', en: 'Pension and Care' }, dispensation: false },
  ],
  services: [{ id: 'passport', name: { da: 'Pas', en: 'Passport' } }],
} as const;
const colleagues = [
  { id: 1, displayName: 'Mette Hansen', unitId: 'pension-care' },
  { id: 2, displayName: 'Poul Berg', unitId: 'borgerservice' },
  { id: 3, displayName: 'Admin', unitId: null },
];
// The overview reads only names and units of the centre.
const names = namesOf({ units: [...centre.units], services: centre.services.map((service) => ({ ...service, unitId: 'borgerservice', prefix: 'A', authority: 'authority', selfServiceUrl: null, open: true, closedByStaff: false, opensAt: null, waiting: 0, estimatedWaitMinutes: null })) }, colleagues);

const counter = (status: CounterState['status']): CounterState => ({ id: 'bs-2', unitId: 'borgerservice', name: 'Skranke 2', services: ['passport'], status, pauseReason: null, staffId: null, since: null, currentTicket: null });
const counterEvent = (id: number, staffId: number | null, signedOutStaffId: number | null, status: CounterState['status'] = 'closed'): ActivityEvent => ({
  id,
  at: '2026-11-24T10:42:00.000Z',
  type: 'counter.changed',
  staffId,
  signedOutStaffId,
  data: { counter: counter(status) },
});
const serviceEvent = (id: number, staffId: number | null, closed: boolean): ActivityEvent => ({
  id,
  at: '2026-11-24T10:43:00.000Z',
  type: 'service.changed',
  staffId,
  data: { serviceId: 'passport', open: !closed, closedByStaff: closed },
});
const fromLog = (event: ActivityEvent): FeedEntry => ({ event, fromLog: true });

describe('the overview’s feed', () => {
  it('names who closed another’s counter, and whose seat it was, by the names the app knows', () => {
    expect(describeEntry(fromLog(counterEvent(5, 1, 2)), names)).toBe('Skranke 2 lukket af Mette Hansen (Pension og Omsorg); Poul Berg (Borgerservice) blev logget ud');
    expect(describeEntry(fromLog(counterEvent(6, 2, null, 'open')), names)).toBe('Skranke 2 åbnet af Poul Berg (Borgerservice)');
    expect(describeEntry(fromLog(counterEvent(7, 3, null, 'paused')), names)).toBe('Skranke 2 sat på pause af Admin');
    expect(describeEntry(fromLog(counterEvent(8, 99, null)), names)).toBe('Skranke 2 lukket af en medarbejder, der ikke længere findes');
    expect(describeEntry(fromLog(serviceEvent(9, 1, true)), names)).toBe('Pas lukket for billetter af Mette Hansen (Pension og Omsorg)');
    expect(describeEntry(fromLog(serviceEvent(10, 1, false)), names)).toBe('Pas åbnet for billetter af Mette Hansen (Pension og Omsorg)');
  });

  it('says a change seen on the public stream without a name until the log has been read', () => {
    const streamed = fromStream({ id: 11, type: 'counter.changed', data: { counter: counter('closed') } } satisfies ServerEvent, Date.parse('2026-11-24T10:44:00Z'));
    expect(streamed).toMatchObject({ fromLog: false, event: { id: 11, at: '2026-11-24T10:44:00.000Z', staffId: null } });
    expect(describeEntry(streamed!, names)).toBe('Skranke 2: lukket');
    expect(fromStream({ id: 12, type: 'heartbeat', data: {} }, 0)).toBeNull();

    // The log's entry replaces the stream's; a later stream entry does not undo it.
    const merged = mergeFeed([streamed!], [fromLog(counterEvent(11, 1, 2)), fromLog(serviceEvent(4, 1, true))]);
    expect(merged.map((entry) => [entry.event.id, entry.fromLog])).toEqual([
      [11, true],
      [4, true],
    ]);
    expect(mergeFeed(merged, [streamed!])[0]).toEqual(merged[0]);
  });

  it('keeps the newest fifteen, newest first', () => {
    const many = Array.from({ length: 20 }, (_, index) => fromLog(serviceEvent(index + 1, 1, index % 2 === 0)));
    expect(mergeFeed([], many).map((entry) => entry.event.id)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
  });

  it('dates a change made on an earlier day', () => {
    expect(formatChangedAt('2026-11-24T09:42:00.000Z', 'Europe/Copenhagen', '2026-11-24', clockTime)).toBe('10:42');
    expect(formatChangedAt('2026-11-23T16:55:00.000Z', 'Europe/Copenhagen', '2026-11-24', clockTime)).toBe('23.11. 17:55');
  });
});
