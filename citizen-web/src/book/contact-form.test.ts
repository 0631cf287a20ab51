import { describe, expect, it } from 'vitest';
import { strings } from '../i18n/strings.js';
import { bookingBody, contactErrors, serverErrors } from './contact-form.js';

const t = strings.da;
const empty = { name: '', phone: '', email: '', cpr: '' };

describe('the contact form', () => {
  it('asks for a name and a phone number or e-mail address, in the citizen’s language', () => {
    expect(contactErrors(empty, t)).toEqual({ name: t.nameMissing, phone: t.contactMissing });
    expect(contactErrors({ ...empty, name: 'Anna', email: 'anna@example.dk' }, t)).toEqual({});
    expect(contactErrors({ ...empty, name: 'Anna', phone: '+45 12 34 56 78' }, strings.en)).toEqual({});
  });

  it('checks the phone number, e-mail address and CPR number as the server does', () => {
    expect(contactErrors({ name: 'Anna', phone: '1234', email: 'anna@', cpr: '320190-1234' }, t)).toEqual({
      phone: t.phoneInvalid,
      email: t.emailInvalid,
      cpr: t.cprInvalid,
    });
    expect(contactErrors({ name: 'Anna', phone: '12345678', email: '', cpr: '2411801235' }, t)).toEqual({});
  });

  it('keeps a CPR number out of the name, phone number and e-mail address, however it is written', () => {
    expect(contactErrors({ name: 'Anna O6O6O6\u20131234', phone: '060606 1234', email: '0606061234@example.dk', cpr: '' }, strings.en)).toEqual({
      name: strings.en.cprInText,
      phone: strings.en.cprInText,
      email: strings.en.cprInText,
    });
    expect(serverErrors([{ path: 'body.name', message: 'a CPR number does not belong in the name' }], t)).toEqual({ name: t.cprInText });
  });

  it('sends only the fields filled in, and reads the server’s problems back onto the fields', () => {
    expect(bookingBody('passport', '2026-11-24T10:30:00.000Z', { name: ' Anna ', phone: '12345678', email: '', cpr: '' }, 'da')).toEqual({
      serviceId: 'passport',
      start: '2026-11-24T10:30:00.000Z',
      name: 'Anna',
      phone: '12345678',
      lang: 'da',
    });
    expect(serverErrors([{ path: 'body.email', message: 'an e-mail address' }, { path: 'body.start', message: 'x' }], t)).toEqual({ email: t.emailInvalid });
  });
});
