import { describe, expect, it } from 'vitest';
import { clockFromSnapshot, observeServerTime, serverNow } from './server-clock.js';

describe('the server clock seen from the PC', () => {
  it('takes the offset from the snapshot', () => {
    const clock = clockFromSnapshot('2026-11-24T10:00:00.000Z', Date.parse('2026-11-24T09:59:50.000Z'));
    expect(clock.offsetMs).toBe(10_000);
    expect(serverNow(clock, Date.parse('2026-11-24T10:00:00.000Z'))).toBe(Date.parse('2026-11-24T10:00:10.000Z'));
  });

  it('moves forward when the server reports a later time than expected (its clock jumped)', () => {
    const received = Date.parse('2026-11-24T10:00:00.000Z');
    const clock = clockFromSnapshot('2026-11-24T10:00:00.000Z', received);
    const later = observeServerTime(clock, '2026-11-24T10:31:00.000Z', received + 1_000);
    expect(serverNow(later, received + 1_000)).toBe(Date.parse('2026-11-24T10:31:00.000Z'));
  });

  it('does not move back for an older time, a missing time or nonsense', () => {
    const clock = clockFromSnapshot('2026-11-24T10:00:00.000Z', 0);
    expect(observeServerTime(clock, '2026-11-24T09:00:00.000Z', 0)).toBe(clock);
    expect(observeServerTime(clock, null, 0)).toBe(clock);
    expect(observeServerTime(clock, 'not a time', 0)).toBe(clock);
    expect(clockFromSnapshot('not a time', 5).offsetMs).toBe(0);
  });
});
