import { describe, expect, it } from 'vitest';
import { formatDay, formatSpan, formatWhen, smsLine, spacedCode } from './booking-format.js';

describe('the booking desk’s dates and times', () => {
  it('are Danish and in the centre’s time zone', () => {
    expect(formatDay('2026-11-24')).toBe('tirsdag 24. november');
    expect(formatWhen('2026-11-24T10:15:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15');
    expect(formatSpan('2026-11-24T10:15:00Z', '2026-11-24T10:30:00Z', 'Europe/Copenhagen')).toBe('tirsdag 24. november kl. 11:15–11:30');
    expect(spacedCode('ABCD2345')).toBe('ABCD 2345');
  });
});

describe('the line of a booking’s SMS', () => {
  it('says each message and how far it got, in words, at the centre’s time', () => {
    expect(
      smsLine(
        [
          { kind: 'booked', state: 'sent', at: '2026-11-24T09:02:00Z' },
          { kind: 'moved', state: 'failed', at: '2026-11-24T09:40:00Z' },
          { kind: 'reminder', state: 'queued', at: '2026-11-24T16:00:00Z' },
        ],
        'Europe/Copenhagen',
      ),
    ).toBe('SMS: bekræftelse sendt 10:02 · flytning ikke sendt (10:40) · påmindelse venter');
    expect(smsLine([{ kind: 'cancelled', state: 'limited', at: '2026-11-24T09:02:00Z' }], 'Europe/Copenhagen')).toBe('SMS: aflysning ikke sendt: for mange (10:02)');
    expect(smsLine([], 'Europe/Copenhagen')).toBeNull();
    expect(smsLine(undefined, 'Europe/Copenhagen')).toBeNull();
  });
});
