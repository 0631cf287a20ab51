import { describe, expect, it } from 'vitest';
import { BookAppointmentBody } from './appointments.js';
import { CentreConfig } from './config.js';
import { containsCpr, cprNumbersIn, cprRemoved, withoutCpr } from './privacy.js';
import { PauseBody, TransferBody } from './schemas.js';

/** The 14 spellings of 060606-1234 of the security review's finding 14. */
const spellings: [string, string][] = [
  ['a hyphen', 'Ringer til 060606-1234'],
  ['no separator', 'Ringer til 0606061234'],
  ['a space', 'Ringer til 060606 1234'],
  ['a non-breaking hyphen (U+2011)', 'Ringer til 060606\u20111234'],
  ['an en dash', 'Ringer til 060606\u20131234'],
  ['a slash', 'Ringer til 060606/1234'],
  ['dots', 'Ringer til 06.06.06-1234'],
  ['spaces between every group', 'Ringer til 06 06 06 1234'],
  ['a zero-width space', 'Ringer til 0606\u200B06-1234'],
  ['fullwidth digits', 'Ringer til \uFF10\uFF16\uFF10\uFF16\uFF10\uFF16-\uFF11\uFF12\uFF13\uFF14'],
  ['Arabic-Indic digits', 'Ringer til \u0660\u0666\u0660\u0666\u0660\u0666-\u0661\u0662\u0663\u0664'],
  ['Extended Arabic-Indic digits', 'Ringer til \u06F0\u06F6\u06F0\u06F6\u06F0\u06F6-\u06F1\u06F2\u06F3\u06F4'],
  ['the letter O for zero', 'Ringer til O6O6O6-1234'],
  ['a dash with spaces and a non-breaking space', 'Ringer til 060606\u00A0\u2013 1234'],
];

/** More spellings seen in the wild: figure dash, em dash, minus sign, a lower-case o, glued to words. */
const moreSpellings = [
  '060606\u20121234',
  '060606\u20141234',
  '060606\u22121234',
  'o6o6o6-1234',
  'cpr:0606061234.',
  'CPR0606061234',
  '06/06/06-1234',
  '0606\u200D06\uFEFF-1234',
  '\uFF10\uFF16\uFF10\uFF16\uFF10\uFF16\uFF0D\uFF11\uFF12\uFF13\uFF14',
  '\u{1D7CE}\u{1D7D4}\u{1D7CE}\u{1D7D4}\u{1D7CE}\u{1D7D4}-\u{1D7CF}\u{1D7D0}\u{1D7D1}\u{1D7D2}',
  '\u0966\u096C\u0966\u096C\u0966\u096C-\u0967\u0968\u0969\u096A',
];

const ordinaryTexts = [
  'Frokost',
  'Ringer til borger',
  'Ring på 12 34 56 78',
  'Ring på +45 33 66 33 66',
  'Tlf. 0045 12345678',
  'Tid 24.11.2026 kl. 10:30',
  'Mødet 24.11.26 10.30',
  'Fra 10:30 til 12:45',
  'Billet A123 og B-042',
  'Sag 12345678901',
  'Sag 1234567890',
  '991399-1234',
  '310299-1234',
  'Journal 0000001234',
  '2026-11-24T10:30:00.000Z',
  'Konto 5301 0001234567',
  'Ok, Otto kommer om 10 min',
  'Boligstøtte: har lejekontrakt, lønsedler og 3 bilag med',
];

describe('the CPR detector of free text', () => {
  it.each(spellings)('finds a CPR number written with %s', (_how, text) => {
    expect(cprNumbersIn(text)).toEqual(['0606061234']);
  });

  it.each(moreSpellings)('finds a CPR number in %j', (text) => {
    expect(containsCpr(text)).toBe(true);
  });

  it.each(ordinaryTexts)('leaves ordinary text alone: %j', (text) => {
    expect(containsCpr(text)).toBe(false);
  });

  it('counts only real dates of birth, by the century the 7th digit gives', () => {
    expect(containsCpr('290200-4123')).toBe(true); // 29 Feb 2000
    expect(containsCpr('290200-1123')).toBe(false); // 1900 was no leap year
    expect(containsCpr('310490-1234')).toBe(false);
  });

  it('finds a CPR number after a near miss in the same text', () => {
    expect(cprNumbersIn('32 13 010190-1234')).toEqual(['0101901234']);
  });

  it('blanks every string that holds one, and returns values without one as they are', () => {
    const clean = { status: 'paused', pauseReason: 'Frokost', at: '2026-11-24T10:30:00.000Z', n: 3 };
    expect(withoutCpr(clean)).toBe(clean);
    expect(withoutCpr({ counter: { pauseReason: 'Ringer til 060606\u20111234', id: 'c1' }, list: ['x', '0606061234'] })).toEqual({
      counter: { pauseReason: cprRemoved, id: 'c1' },
      list: ['x', cprRemoved],
    });
  });
});

describe('free-text fields refuse a CPR number, naming the field', () => {
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

  it('a booking name, phone number or e-mail address', () => {
    const body = { serviceId: 's', start: '2026-11-24T10:00:00+01:00', phone: '12345678' };
    expect(issues(BookAppointmentBody.safeParse({ ...body, name: 'Anna 060606\u20131234' }))).toEqual([{ path: 'name', message: 'a CPR number does not belong in the name' }]);
    expect(issues(BookAppointmentBody.safeParse({ ...body, name: 'Anna', phone: '060606-1234' }))).toEqual([
      { path: 'phone', message: 'a CPR number does not belong in the phone number' },
    ]);
    expect(issues(BookAppointmentBody.safeParse({ ...body, name: 'Anna', email: '0606061234@example.dk' }))).toEqual([
      { path: 'email', message: 'a CPR number does not belong in the e-mail address' },
    ]);
    expect(BookAppointmentBody.safeParse({ ...body, name: 'Anna Hansen', cpr: '060606-1234' }).success).toBe(true);
  });

  it('a pause reason and a transfer note', () => {
    expect(issues(PauseBody.safeParse({ reason: 'Ringer til 06.06.06-1234' }))).toEqual([{ path: 'reason', message: 'a CPR number does not belong in the pause reason' }]);
    expect(PauseBody.parse({ reason: 'Frokost' })).toEqual({ reason: 'Frokost' });
    expect(issues(TransferBody.safeParse({ serviceId: 's', note: 'O6O6O6-1234' }))).toEqual([{ path: 'note', message: 'a CPR number does not belong in the note' }]);
  });

  it("the wall displays' message in the configuration", () => {
    const shape = CentreConfig.safeParse({ centre: { id: 'x', name: 'X', timeZone: 'Europe/Copenhagen', displayMessage: 'Hent 0606061234' } });
    expect(shape.error?.issues.some((issue) => issue.path.join('.') === 'centre.displayMessage' && issue.message === 'a CPR number does not belong in the display message')).toBe(true);
  });
});
