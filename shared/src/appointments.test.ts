import { describe, expect, it } from 'vitest';
import { BookAppointmentBody, BookingCode, cprFromScan, normalizeCpr, normalizePhone, phoneKey } from './appointments.js';

describe('CPR numbers', () => {
  it('accept ddmmyy-xxxx with or without the dash, without a modulus-11 check', () => {
    expect(normalizeCpr('010190-1234')).toBe('0101901234');
    expect(normalizeCpr('0101901234')).toBe('0101901234');
    expect(normalizeCpr(' 241180-1235 ')).toBe('2411801235'); // fails modulus 11, valid since 2007
  });

  it('refuse dates that do not exist in the century the 7th digit gives', () => {
    expect(normalizeCpr('320190-1234')).toBeNull();
    expect(normalizeCpr('011390-1234')).toBeNull();
    expect(normalizeCpr('290200-4000')).toBe('2902004000'); // 7th digit 4, year 00 → 2000, a leap year
    expect(normalizeCpr('290200-1000')).toBeNull(); // 7th digit 1 → 1900, not a leap year
    expect(normalizeCpr('01019-01234')).toBeNull();
    expect(normalizeCpr('0101901234x')).toBeNull();
  });

  it('are found in a scan of the health card’s barcode or magnetic stripe', () => {
    expect(cprFromScan('0101901234')).toBe('0101901234');
    expect(cprFromScan(';220820810101901234100000001401122?')).toBe('0101901234');
    expect(cprFromScan('ABCDEFGH')).toBeNull();
  });
});

describe('booking requests', () => {
  const base = { serviceId: 'passport', start: '2026-11-24T10:30:00.000Z', name: 'Anna' };

  it('need a phone number or an e-mail address, and name the field when neither is given', () => {
    const result = BookAppointmentBody.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['phone']);
    expect(BookAppointmentBody.safeParse({ ...base, email: 'anna@example.dk' }).success).toBe(true);
    expect(BookAppointmentBody.safeParse({ ...base, phone: '12 34 56 78', email: '' }).success).toBe(true);
  });

  it('name every bad field, and never repeat a CPR number in a message', () => {
    const result = BookAppointmentBody.safeParse({ ...base, phone: '123', email: 'not-an-address', cpr: '999999-9999' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['cpr', 'email', 'phone']);
    expect(JSON.stringify(result.error?.issues.map((issue) => issue.message))).not.toContain('999999');
  });
});

describe('booking codes and phone numbers', () => {
  it('read a code typed in lower case, with spaces or a dash', () => {
    expect(BookingCode.parse('abcd efgh')).toBe('ABCDEFGH');
    expect(BookingCode.parse('ABCD-EFGH')).toBe('ABCDEFGH');
    expect(BookingCode.safeParse('ABCD0FGH').success).toBe(false);
  });

  it('compare phone numbers by their digits', () => {
    expect(normalizePhone('+45 12 34-56 78')).toBe('+4512345678');
    expect(normalizePhone('(12) 34 56 78')).toBe('12345678');
  });
});

describe('phone numbers at the booking desk', () => {
  it('reads a Danish phone number the same with or without +45, spaces or dashes', () => {
    for (const typed of ['+45 12 34 56 78', '+4512345678', '0045 12345678', '12 34 56 78', '12-34-56-78']) expect(phoneKey(typed)).toBe('12345678');
    expect(phoneKey('+46 70 123 45 67')).toBe('46701234567');
  });
});
