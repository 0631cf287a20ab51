import { describe, expect, it } from 'vitest';
import { smsStatusLine } from './sms-status.js';

const zone = 'Europe/Copenhagen';

describe('the desk’s line about a booking’s SMS', () => {
  it('tells the newest message and when it went, in Copenhagen’s time', () => {
    const messages = [
      { kind: 'booked', state: 'sent', at: '2026-11-24T08:02:00Z' },
      { kind: 'reminder', state: 'sent', at: '2026-11-24T16:00:00Z' },
    ] as const;
    expect(smsStatusLine([...messages], zone)).toEqual({ text: 'SMS-påmindelse sendt 24. nov. kl. 17:00', attention: false });
    expect(smsStatusLine([{ kind: 'moved', state: 'queued', at: '2026-11-24T08:02:00Z' }], zone)).toEqual({ text: 'SMS om flytning venter', attention: false });
  });

  it('asks for attention when a message was not sent, and says why when it was over the limit', () => {
    expect(smsStatusLine([{ kind: 'cancelled', state: 'failed', at: '2026-11-24T08:02:00Z' }], zone)).toEqual({ text: 'SMS om aflysning ikke sendt', attention: true });
    expect(smsStatusLine([{ kind: 'booked', state: 'limited', at: '2026-11-24T08:02:00Z' }], zone)).toEqual({
      text: 'SMS-bekræftelse ikke sendt: for mange til nummeret',
      attention: true,
    });
  });

  it('says nothing of a booking without messages', () => {
    expect(smsStatusLine(undefined, zone)).toBeNull();
    expect(smsStatusLine([], zone)).toBeNull();
  });
});
