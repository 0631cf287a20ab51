import { describe, expect, it } from 'vitest';
import { callerBooking, callerErrors, serverFieldErrors } from './booking-form.js';
import { bookingStrings as text } from './booking-strings.js';

describe('booking for a caller', () => {
  it('needs a name and a phone number or e-mail address, each valid, and a CPR number only if given', () => {
    expect(callerErrors({ name: '', phone: '', email: '', cpr: '' })).toEqual({ name: text.nameMissing, phone: text.contactMissing });
    expect(callerErrors({ name: 'Anna', phone: '123', email: 'a@', cpr: '311390-1234' })).toEqual({
      phone: text.phoneInvalid,
      email: text.emailInvalid,
      cpr: text.cprInvalid,
    });
    expect(callerErrors({ name: 'Anna', phone: '12 34 56 78', email: '', cpr: '' })).toEqual({});
  });

  it('keeps a CPR number out of the name, phone and e-mail, however it is written', () => {
    expect(callerErrors({ name: 'Anna 060606\u20111234', phone: '06 06 06 1234', email: '0606061234@example.dk', cpr: '' })).toEqual({
      name: text.cprInText,
      phone: text.cprInText,
      email: text.cprInText,
    });
    expect(callerErrors({ name: 'Anna Hansen', phone: '12 34 56 78', email: '', cpr: '060606-1234' })).toEqual({});
  });

  it("shows the server's refusal of a field at that field, in Danish, never the server's words", () => {
    expect(serverFieldErrors([{ path: 'body.name', message: 'a CPR number does not belong in the name' }, { path: 'body.start', message: 'x' }])).toEqual({
      name: text.cprInText,
    });
    expect(serverFieldErrors([{ path: 'body.phone', message: 'Too small: expected string to have >=8 characters' }, { path: 'body.email', message: 'Invalid email address' }])).toEqual({
      phone: text.phoneInvalid,
      email: text.emailInvalid,
    });
  });

  it('sends only what was filled in', () => {
    expect(callerBooking('passport', '2026-11-24T10:15:00.000Z', { name: 'Anna ', phone: '', email: 'anna@example.dk', cpr: '' })).toEqual({
      serviceId: 'passport',
      start: '2026-11-24T10:15:00.000Z',
      name: 'Anna',
      email: 'anna@example.dk',
      lang: 'da',
    });
  });
});
