import { describe, expect, it } from 'vitest';
import { appointmentTiming, waitedMs } from './visit-times.js';

const at = (clock: string) => Date.parse(`2026-11-24T${clock}:00+01:00`);

describe('how long a citizen at the counter has waited', () => {
  it('counts a checked-in appointment from its check-in, not from its booked time', () => {
    // Checked in at 10:00 for 10:12, called at 10:12: twelve minutes in the waiting room.
    const ticket = { issuedAt: new Date(at('10:00')).toISOString(), appointmentAt: new Date(at('10:12')).toISOString() };
    expect(waitedMs(ticket, at('10:12'))).toBe(12 * 60_000);
    expect(appointmentTiming(ticket.appointmentAt, at('10:12'))).toEqual({ kind: 'on-time', minutes: 0 });
  });

  it('says whether a booked citizen was called before, on or after the booked time', () => {
    const booked = new Date(at('10:30')).toISOString();
    expect(appointmentTiming(booked, at('10:21'))).toEqual({ kind: 'early', minutes: 9 });
    expect(appointmentTiming(booked, at('10:31'))).toEqual({ kind: 'on-time', minutes: 0 });
    expect(appointmentTiming(booked, at('10:38'))).toEqual({ kind: 'late', minutes: 8 });
  });

  it('never says a negative wait', () => {
    expect(waitedMs({ issuedAt: new Date(at('10:05')).toISOString() }, at('10:04'))).toBe(0);
  });
});
