import { describe, expect, it } from 'vitest';
import { calendarFile, calendarHref, type CalendarEntry } from './calendar-file.js';

const entry: CalendarEntry = {
  code: 'ABCD2345',
  start: '2026-11-24T10:30:00.000Z',
  end: '2026-11-24T10:45:00.000Z',
  title: 'Pas – Borgercenter Valby',
  location: 'Borgercenter Valby, Borgerservice, Valgårdsvej 4-8, 2500 Valby',
  notes: ['Bookingkode: ABCD 2345', 'Husk at tage med: Dit nuværende pas; billed-id'],
  url: 'https://valby.example/book/ABCD2345',
  now: '2026-11-24T09:00:00.000Z',
};

/** The file's content lines, unfolded (continuation lines joined back). */
const unfolded = (file: string) => file.replace(/\r\n /g, '').split('\r\n');

describe('calendarFile', () => {
  it('is one event in UTC, named by the booking code, with a reminder an hour before', () => {
    const lines = unfolded(calendarFile(entry));
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('UID:ABCD2345@dintur');
    expect(lines).toContain('DTSTART:20261124T103000Z');
    expect(lines).toContain('DTEND:20261124T104500Z');
    expect(lines).toContain('DTSTAMP:20261124T090000Z');
    expect(lines).toContain('TRIGGER:-PT1H');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('escapes commas, semicolons and line breaks in its texts', () => {
    const lines = unfolded(calendarFile(entry));
    expect(lines).toContain('LOCATION:Borgercenter Valby\\, Borgerservice\\, Valgårdsvej 4-8\\, 2500 Valby');
    expect(lines).toContain('DESCRIPTION:Bookingkode: ABCD 2345\\nHusk at tage med: Dit nuværende pas\\; billed-id');
  });

  it('folds lines at 75 octets without cutting a letter in two', () => {
    const file = calendarFile({ ...entry, title: 'Økonomisk hjælp – ærinde på Ågade '.repeat(4) });
    const bytes = new TextEncoder();
    for (const line of file.split('\r\n')) {
      expect(bytes.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfolded(file)).toContain(`SUMMARY:${'Økonomisk hjælp – ærinde på Ågade '.repeat(4)}`);
  });

  it('downloads as a data address that holds the whole file', () => {
    const file = calendarFile(entry);
    const href = calendarHref(file);
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(file);
  });
});
