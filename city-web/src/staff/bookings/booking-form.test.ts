import { describe, expect, it } from 'vitest';
import { CityBookBody } from '@dintur/shared';
import { callerBooking, callerErrors, refusedFieldText } from './booking-form.js';
import { bookingStrings as text } from './booking-strings.js';

describe('booking for a caller at any centre', () => {
  it('needs a name and a phone number or e-mail address, each valid, and a CPR number only if given', () => {
    expect(callerErrors({ name: '', phone: '', email: '', cpr: '' })).toEqual({ name: text.nameMissing, phone: text.contactMissing });
    expect(callerErrors({ name: 'Anna', phone: '123', email: 'a@', cpr: '311390-1234' })).toEqual({
      phone: text.phoneInvalid,
      email: text.emailInvalid,
      cpr: text.cprInvalid,
    });
    expect(callerErrors({ name: 'Anna', phone: '+45 12 34 56 78', email: '', cpr: '' })).toEqual({});
    expect(callerErrors({ name: 'Anna', phone: '', email: 'anna@example.dk', cpr: '241180-1235' })).toEqual({});
    expect(callerErrors({ name: 'A'.repeat(121), phone: '12345678', email: '', cpr: '' })).toEqual({ name: text.nameInvalid });
  });

  it('says at the field when a CPR number was typed into the name, phone or e-mail, and what to say when the hub refuses a field', () => {
    expect(callerErrors({ name: 'Anna 241180-1235', phone: '12345678', email: '', cpr: '' })).toEqual({ name: text.cprInText });
    expect(callerErrors({ name: 'Anna', phone: '2411801235', email: '', cpr: '' })).toEqual({ phone: text.cprInText });
    expect(refusedFieldText('name', 'Anna 241180-1235')).toBe(text.cprInText);
    expect(refusedFieldText('name', '')).toBe(text.nameMissing);
    expect(refusedFieldText('phone', '12')).toBe(text.phoneInvalid);
    expect(refusedFieldText('cpr', '241180-1235')).toBe(text.cprInvalid);
  });

  it('sends the centre and only what was filled in, as the hub’s schema takes it', () => {
    const body = callerBooking('norrebro', 'passport', '2026-11-24T10:15:00.000Z', { name: 'Anna ', phone: '', email: 'anna@example.dk', cpr: '' });
    expect(body).toEqual({ centreId: 'norrebro', serviceId: 'passport', start: '2026-11-24T10:15:00.000Z', name: 'Anna', email: 'anna@example.dk', lang: 'da' });
    expect(CityBookBody.safeParse(body).success).toBe(true);
  });
});
