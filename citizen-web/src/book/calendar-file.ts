/** What goes into an appointment's calendar entry. */
export type CalendarEntry = {
  /** The booking code: the entry's identity, so a second download updates the first, not doubles it. */
  code: string;
  /** ISO instants. */
  start: string;
  end: string;
  title: string;
  location: string;
  /** Lines of the entry's notes (the code, how to check in, what to bring, the page's address). */
  notes: string[];
  /** The appointment's page, to move or cancel it. */
  url: string;
  /** When the file is made (DTSTAMP), ISO. */
  now: string;
};

/** "2026-11-24T10:30:00.000Z" → "20261124T103000Z": an iCalendar UTC date-time. */
function utc(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A TEXT value, escaped as RFC 5545 §3.3.11 says: backslash, semicolon, comma and newline. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with a space. Cut
 * between characters, never inside a UTF-8 sequence, so "æ", "ø" and "å" arrive whole.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line may hold 75 octets; each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * The appointment as an iCalendar file (RFC 5545) that a phone's or computer's calendar opens:
 * one event in UTC with the place, the notes, the page's address and a reminder an hour before.
 * Made in the browser from what the page shows; nothing is sent anywhere.
 */
export function calendarFile(entry: CalendarEntry): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//dintur//citizen-web//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${entry.code}@dintur`,
    `DTSTAMP:${utc(entry.now)}`,
    `DTSTART:${utc(entry.start)}`,
    `DTEND:${utc(entry.end)}`,
    `SUMMARY:${text(entry.title)}`,
    `LOCATION:${text(entry.location)}`,
    `DESCRIPTION:${text(entry.notes.join('\n'))}`,
    `URL:${entry.url}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${text(entry.title)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The file as a link's address, to download with `<a download>` (no server round trip). */
export function calendarHref(file: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(file)}`;
}
