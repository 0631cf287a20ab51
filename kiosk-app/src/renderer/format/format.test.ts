import { describe, expect, it } from 'vitest';
import { fallbackLanguage, findLanguage } from '../i18n/languages.js';
import { partialLanguage } from '../i18n/messages.js';
import { createTranslator } from '../i18n/translate.js';
import { formatPeopleAhead } from './people-ahead.js';
import { formatDateTime, formatOpening, formatTime } from './time.js';

const translator = (code: string) => createTranslator(findLanguage(code)!, fallbackLanguage);
const danish = translator('da');
const english = translator('en');

describe('formatPeopleAhead', () => {
  it('counts the people before the ticket, not the ticket itself', () => {
    expect(formatPeopleAhead(danish, 1)).toBe('Du er den næste');
    expect(formatPeopleAhead(danish, 2)).toBe('1 person før dig');
    expect(formatPeopleAhead(english, 4)).toBe('3 people before you');
    expect(formatPeopleAhead(english, null)).toBeNull();
  });
});

describe('times in the centre’s time zone', () => {
  const zone = 'Europe/Copenhagen';
  const tuesday11 = Date.parse('2026-11-24T10:00:00Z');

  it('writes times with a colon and Western digits in every language', () => {
    expect(formatTime(Date.parse('2026-11-24T08:05:00Z'), zone)).toBe('09:05');
    expect(formatDateTime(Date.parse('2026-11-24T12:05:00Z'), zone)).toBe('24.11.2026 13:05');
  });

  it('says today, tomorrow or the weekday an opening falls on', () => {
    expect(formatOpening(danish, Date.parse('2026-11-24T13:00:00Z'), tuesday11, zone)).toBe('i dag kl. 14:00');
    expect(formatOpening(danish, Date.parse('2026-11-25T09:00:00Z'), tuesday11, zone)).toBe('i morgen kl. 10:00');
    expect(formatOpening(english, Date.parse('2026-11-30T09:00:00Z'), tuesday11, zone)).toBe('Monday at 10:00');
    expect(formatOpening(translator('ar'), Date.parse('2026-11-25T09:00:00Z'), tuesday11, zone)).toBe('غدًا الساعة 10:00');
  });

  it('names the weekday in the language its sentence came from', () => {
    const monday = Date.parse('2026-11-30T09:00:00Z');
    expect(formatOpening(danish, monday, tuesday11, zone)).toBe('mandag kl. 10:00');
    expect(formatOpening(translator('tr'), monday, tuesday11, zone)).toBe('Pazartesi saat 10:00');
    expect(formatOpening(translator('so'), monday, tuesday11, zone)).toBe('Isniin saacadda 10:00');
    expect(formatOpening(translator('ur'), monday, tuesday11, zone)).toBe('پیر کو 10:00 بجے');
    // A language without the sentence yet gets the English one, with the English weekday.
    const swedish = partialLanguage({ code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', dir: 'ltr', printsAs: 'sv', messages: {} });
    expect(formatOpening(createTranslator(swedish, fallbackLanguage), monday, tuesday11, zone)).toBe('Monday at 10:00');
  });

  it('counts days by the local date, not 24-hour periods', () => {
    const lateEvening = Date.parse('2026-11-24T22:30:00Z'); // 23:30 in Copenhagen
    expect(formatOpening(english, Date.parse('2026-11-25T07:00:00Z'), lateEvening, zone)).toBe('tomorrow at 08:00');
  });
});
