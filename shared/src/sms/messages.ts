import { formatBookingCode } from '../appointments.js';
import { toLocal } from '../calendar/calendar.js';
import { gsmLength, toGsm } from './gsm.js';
import { smsLanguages, texts, type SmsLanguage, type Wording } from './texts.js';

/** The most GSM septets of one SMS; a message is never split in parts. */
export const smsMaxLength = 160;

type AppointmentFields = {
  /** Where: from `placeOf` (a sensitive service names only the centre). */
  place: string;
  /** The appointment's time (epoch ms), told in `timeZone`. */
  start: number;
  timeZone: string;
  /** Where the citizen moves or cancels (for `cancelled`: books anew); null when unknown. */
  link: string | null;
  /** The booking code. */
  code: string;
};

/** What an SMS says; the text is made by `smsText` in the citizen's language. */
export type SmsMessage =
  | ({ kind: 'booked' } & AppointmentFields)
  | ({ kind: 'reminder' } & AppointmentFields)
  | ({ kind: 'moved' } & AppointmentFields)
  | ({ kind: 'cancelled' } & AppointmentFields)
  /** A walk-in's turn is near: `ahead` tickets before theirs; `number` is the ticket's (A42). */
  | { kind: 'near'; ahead: number; place: string; number?: string | undefined }
  /** A ticket is called to a counter. */
  | { kind: 'called'; number: string; counterName: string }
  /** A ticket was sent on to another service: where to wait now. */
  | { kind: 'transferred'; number: string; place: string };

export type SmsKind = SmsMessage['kind'];
export const smsKinds = ['booked', 'reminder', 'moved', 'cancelled', 'near', 'called', 'transferred'] as const satisfies readonly SmsKind[];

/**
 * The language an SMS is written in: the citizen's own when it has words here, else English.
 * Arabic and Urdu get English: their script is not in the GSM alphabet, and UCS-2 would cut a
 * message to 70 characters (docs/NOTIFICATIONS.md).
 */
export function smsLanguageOf(lang: string): SmsLanguage {
  return (smsLanguages as readonly string[]).includes(lang) ? (lang as SmsLanguage) : 'en';
}

const pad = (value: number) => String(value).padStart(2, '0');

function whenOf(start: number, timeZone: string, language: SmsLanguage): string {
  const local = toLocal(start, timeZone);
  const [, month, day] = local.date.split('-').map(Number) as [number, number, number];
  const weekdayIndex = (new Date(`${local.date}T12:00:00Z`).getUTCDay() + 6) % 7;
  const words = texts[language];
  return words.when({ weekday: words.weekdays[weekdayIndex]!, day, month, hour: pad(Math.floor(local.minutes / 60)), minute: pad(local.minutes % 60) });
}

/** The wordings to try, longest first, and the values of their placeholders. */
function wordingsOf(message: SmsMessage, language: SmsLanguage): { wordings: Wording[]; values: Record<string, string> } {
  const words = texts[language];
  switch (message.kind) {
    case 'booked':
    case 'reminder':
    case 'moved':
    case 'cancelled': {
      const values = { when: whenOf(message.start, message.timeZone, language), place: message.place, code: formatBookingCode(message.code), link: message.link ?? '' };
      if (message.kind === 'cancelled') {
        const withLink = message.link === null ? [] : [words.cancelled];
        return { wordings: [...withLink, words.cancelledNoLink], values };
      }
      const withLink = message.link === null ? [] : [words[message.kind]];
      return { wordings: [...withLink, words.noLink[message.kind]], values };
    }
    case 'near': {
      const wording = message.ahead <= 0 ? words.next : words.near;
      // Without a ticket number the sentence starts after its "{number}: ".
      const strip = (text: string) => (message.number === undefined ? text.replace('{number}: ', '') : text);
      return {
        wordings: [{ full: strip(wording.full), compact: strip(wording.compact) }],
        values: { number: message.number ?? '', ahead: String(Math.max(0, message.ahead)), place: message.place },
      };
    }
    case 'called':
      // The counter is the "place" of a call: the part that is shortened when space runs out.
      return {
        wordings: [{ full: words.called.full.replace('{counter}', '{place}'), compact: words.called.compact.replace('{counter}', '{place}') }],
        values: { number: message.number, place: message.counterName },
      };
    case 'transferred':
      return { wordings: [words.transferred], values: { number: message.number, place: message.place } };
  }
}

/** A template with every placeholder but {place} filled in, in GSM, as the parts around the place. */
function render(template: string, values: Record<string, string>): { before: string; after: string } {
  const fill = (part: string) => toGsm(part.replace(/\{(\w+)\}/g, (_match, name: string) => values[name] ?? ''));
  const at = template.indexOf('{place}');
  if (at < 0) return { before: fill(template), after: '' };
  return { before: fill(template.slice(0, at)), after: fill(template.slice(at + '{place}'.length)) };
}

/** A place name cut to `room` septets: whole words from the start, never a dangling comma. */
export function shortenPlace(place: string, room: number): string {
  if (gsmLength(place) <= room) return place;
  if (room <= 0) return '';
  let kept = '';
  for (const word of place.split(' ')) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (gsmLength(next) > room) break;
    kept = next;
  }
  if (kept === '') kept = [...place].slice(0, room).join('');
  // A short last word inside a part ("og", "and", "til") dangles once what followed is gone.
  const words = kept.split(' ');
  if (words.length > 1 && /^\p{L}{1,3}$/u.test(words.at(-1)!) && !words.at(-2)!.endsWith(',')) kept = words.slice(0, -1).join(' ');
  return kept.replace(/[\s,;:–-]+$/u, '');
}

/**
 * The text of an SMS in the citizen's language (else English), in the GSM alphabet and at most
 * 160 septets: one message, never split. When it does not fit, the compact wording is used and the
 * place name shortened — never the time, the number or the link. A link would only be left out
 * (not cut) if even the compact wording with no place could not hold it: a link over ~100
 * characters, which no configuration of a public address comes near.
 */
export function smsText(message: SmsMessage, lang: string): string {
  const language = smsLanguageOf(lang);
  const { wordings, values } = wordingsOf(message, language);
  const place = toGsm(values.place ?? '').trim();
  const room = (candidate: { before: string; after: string }) => smsMaxLength - gsmLength(candidate.before) - gsmLength(candidate.after);
  // Each wording (with the link first, then without) full, then compact: the first that holds the
  // whole place; else the one of the first wording that fits at all that holds most of it.
  let chosen: { before: string; after: string } | undefined;
  for (const wording of wordings) {
    const candidates = [render(wording.full, values), render(wording.compact, values)];
    chosen = candidates.find((candidate) => room(candidate) >= gsmLength(place)) ?? candidates.filter((candidate) => room(candidate) >= 0).sort((a, b) => room(b) - room(a))[0];
    if (chosen) break;
  }
  if (!chosen) {
    const bare = render(wordings.at(-1)!.compact, values);
    return [...`${bare.before}${bare.after}`].slice(0, smsMaxLength).join('');
  }
  const text = `${chosen.before}${shortenPlace(place, room(chosen))}${chosen.after}`;
  // A place shortened to nothing leaves ", ." and the like behind.
  return text.replace(/,\s*([.,])/g, '$1').replace(/\s+([.,])/g, '$1');
}
