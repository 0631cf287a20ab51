import { describe, expect, it } from 'vitest';
import { appointmentMessage } from './appointment-message.js';
import type { AppointmentNotice } from './notifier.js';

const notice: AppointmentNotice = {
  kind: 'booked',
  code: 'ABCDEFGH',
  lang: 'da',
  to: { name: 'Anna Hansen', email: 'anna@example.dk', phone: null },
  centreName: 'Borgercenter Valby',
  unitName: 'Borgerservice',
  serviceName: 'Pas',
  start: Date.parse('2026-11-24T10:30:00Z'),
  end: Date.parse('2026-11-24T10:45:00Z'),
  timeZone: 'Europe/Copenhagen',
  healthCardCheckIn: true,
  checkInOpensMinutesBefore: 30,
  graceMinutes: 10,
};

describe('the appointment e-mail', () => {
  it('gives the time in the centre’s zone, the place, the code and how to check in, in Danish', () => {
    const message = appointmentMessage(notice, 'https://tid.valby.example.dk/');
    expect(message.subject).toBe('Din tid er booket: Pas, tirsdag den 24. november 2026 kl. 11.30');
    expect(message.text).toContain('Kære Anna Hansen');
    expect(message.text).toContain('Bookingkode: ABCD EFGH');
    expect(message.text).toContain('Borgercenter Valby, Borgerservice – Pas');
    expect(message.text).toContain('dit gule sundhedskort');
    expect(message.text).toContain('fra 30 minutter før din tid og indtil 10 minutter efter');
    expect(message.text).toContain('https://tid.valby.example.dk/book/ABCDEFGH');
  });

  it('is in English for any other language, and leaves out the link when the public address is unknown', () => {
    const message = appointmentMessage({ ...notice, lang: 'ar', kind: 'moved', healthCardCheckIn: false }, null);
    expect(message.subject).toBe('Your appointment has been moved: Pas, Tuesday, 24 November 2026 at 11:30');
    expect(message.text).toContain('Booking code: ABCD EFGH');
    expect(message.text).not.toContain('health card');
    expect(message.text).not.toContain('http');
  });

  it('confirms a cancellation without check-in instructions', () => {
    const message = appointmentMessage({ ...notice, kind: 'cancelled' }, null);
    expect(message.subject).toMatch(/^Din tid er aflyst/);
    expect(message.text).not.toContain('Tjek ind');
  });
});
