import { describe, expect, it } from 'vitest';
import { initialLanguage, strings } from './book-strings.js';
import { bookingBody, contactErrors, emptyContact, serverErrors } from './contact-form.js';

const t = strings.da;

describe('the contact form', () => {
  it('asks for a name and a phone number or e-mail address, in the citizen’s language', () => {
    expect(contactErrors(emptyContact, t)).toEqual({ name: t.nameMissing, phone: t.contactMissing });
    expect(contactErrors({ ...emptyContact, name: 'Anna', email: 'anna@example.dk' }, t)).toEqual({});
    expect(contactErrors({ ...emptyContact, name: 'Anna', phone: '+45 12 34 56 78' }, strings.en)).toEqual({});
  });

  it('checks the phone number, e-mail address and CPR number as the hub does', () => {
    expect(contactErrors({ name: 'Anna', phone: '1234', email: 'anna@', cpr: '320190-1234' }, t)).toEqual({ phone: t.phoneInvalid, email: t.emailInvalid, cpr: t.cprInvalid });
    expect(contactErrors({ name: 'Anna', phone: '12345678', email: '', cpr: '2411801235' }, t)).toEqual({});
    expect(contactErrors({ name: 'x'.repeat(121), phone: '12345678', email: '', cpr: '' }, t)).toEqual({ name: t.nameTooLong });
  });

  it('refuses a CPR number in the name, phone or e-mail, as the hub does, and says where it belongs', () => {
    expect(contactErrors({ name: 'Anna 241180-1235', phone: '2411801235', email: '', cpr: '' }, t)).toEqual({ name: t.cprNotHere, phone: t.cprNotHere });
    expect(serverErrors([{ path: 'body.name', message: 'a CPR number does not belong in the name' }], t)).toEqual({ name: t.cprNotHere });
  });

  it('sends the centre and only the fields filled in', () => {
    expect(bookingBody('valby', 'passport', '2026-11-24T10:30:00.000Z', { name: ' Anna ', phone: '12345678', email: '', cpr: '' }, 'en')).toEqual({
      centreId: 'valby',
      serviceId: 'passport',
      start: '2026-11-24T10:30:00.000Z',
      name: 'Anna',
      phone: '12345678',
      lang: 'en',
    });
  });

  it('reads the hub’s problems back onto the fields', () => {
    expect(serverErrors([{ path: 'body.email', message: 'an e-mail address' }, { path: 'body.start', message: 'x' }], t)).toEqual({ email: t.emailInvalid });
    expect(serverErrors([{ path: 'phone', message: 'a phone number or an e-mail address, so the centre can reach you' }], t)).toEqual({ phone: t.contactMissing });
  });
});

describe('the booking pages’ language', () => {
  it('is the address’s, else the one chosen before, else Danish for a Danish phone and English for any other', () => {
    expect(initialLanguage('en', 'da', ['da-DK'])).toBe('en');
    expect(initialLanguage(null, 'en', ['da-DK'])).toBe('en');
    expect(initialLanguage(null, null, ['da'])).toBe('da');
    expect(initialLanguage(null, null, ['ar-SA'])).toBe('en');
  });
});
