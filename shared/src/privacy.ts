/**
 * CPR numbers (Danish personal ids, ddmmyy-xxxx) in free text. A CPR number is never stored in
 * clear, printed, logged, sent or shown, so every field a person types into is checked with this
 * one detector: the schemas refuse such text (400 naming the field), and the centre's event log
 * blanks any string that holds one before it is written (see `withoutCpr`).
 */

/**
 * A CPR number's date part and sequence (ddmmyy-xxxx, dash optional) → its 10 digits, or null.
 * The date must exist in the century the 7th digit gives (CPR-kontoret's table); there is no
 * modulus-11 check, which Denmark dropped in 2007.
 */
export function normalizeCpr(input: string): string | null {
  const match = /^\s*(\d{2})(\d{2})(\d{2})-?(\d{4})\s*$/.exec(input);
  if (!match) return null;
  const [dd = '', mm = '', yy = '', sequence = ''] = match.slice(1);
  const year = Number(yy) + centuryOf(Number(sequence[0]), Number(yy));
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return null;
  return `${dd}${mm}${yy}${sequence}`;
}

/** The century of a CPR number's birth year, from its 7th digit and two-digit year. */
function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** Zero-width and invisible formatting characters someone may slip between digits. */
const invisible = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign, small and fullwidth hyphen-minus. */
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Any digit of another script (Arabic-Indic, Extended Arabic-Indic, Devanagari, …): Unicode decimal digits. */
const otherDigits = /[^\d\P{Nd}]/gu;
/** A run of digits and the letter O (read as zero when it stands among digits). */
const digitsAndOs = /[\dOo]+/g;

/**
 * Text as the detector reads it: NFKC (fullwidth digits and spaces), digits of every script as
 * ASCII, invisible characters removed, every dash as "-", runs of white space as one space, and
 * the letter O among digits as 0.
 */
export function normalizeForCprSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisible, '')
    .replace(otherDigits, (digit) => String(digitValue(digit)))
    .replace(dashes, '-')
    .replace(/\s+/g, ' ')
    .replace(digitsAndOs, (run) => (/\d/.test(run) ? run.replace(/[Oo]/g, '0') : run));
}

/** The value of a Unicode decimal digit: each script's digits are ten consecutive code points from its zero. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  for (let value = 0; value <= 9; value++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(code - value - 1)) === false) return value;
  }
  return 9;
}

/**
 * Between the groups of a CPR number: nothing, a space, or a dash, slash or dot with a space on
 * either side or none ("060606-1234", "06.06.06 - 1234", "06/06/06/1234"). The 4-digit sequence
 * itself is never split, so a date followed by a time ("24.11.26 10.30") is not a CPR number.
 */
const separator = '(?: ?[-/.] ?| )?';
const candidate = new RegExp(`(?<!\\d)(?=(\\d{2})${separator}(\\d{2})${separator}(\\d{2})${separator}(\\d{4})(?!\\d))`, 'g');

/**
 * The CPR numbers (their 10 digits) a text holds, however written: with or without a separator,
 * with non-breaking hyphens, dashes, slashes, dots or spaces, zero-width characters between the
 * digits, fullwidth or Arabic-Indic digits, or the letter O for zero. Only real dates count (the
 * same check as `normalizeCpr`), so a phone number, a time, a ticket number or a 10-digit number
 * that is no date of birth is not one.
 */
export function cprNumbersIn(text: string): string[] {
  if (!mayHoldCpr(text)) return [];
  const found: string[] = [];
  for (const match of normalizeForCprSearch(text).matchAll(candidate)) {
    const cpr = normalizeCpr(match.slice(1, 5).join(''));
    if (cpr !== null) found.push(cpr);
  }
  return found;
}

/** Whether a text holds a CPR number, however written (see `cprNumbersIn`). */
export function containsCpr(text: string): boolean {
  return cprNumbersIn(text).length > 0;
}

/** Kept for callers of the first, narrower check (transfer notes); the same detector now. */
export const looksLikeCpr = containsCpr;

/** Fewer than 10 digits or letters O: cannot hold a CPR number (a cheap test before normalising). */
function mayHoldCpr(text: string): boolean {
  if (text.length < 10) return false;
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const digitLike = (code >= 48 && code <= 57) || code === 79 || code === 111 || (code > 127 && /\p{Nd}/u.test(String.fromCodePoint(text.codePointAt(index)!)));
    if (digitLike && ++count >= 10) return true;
  }
  return false;
}

/** The message of a refused field, naming it: "a CPR number does not belong in the name". */
export const cprNotHere = (field: string) => `a CPR number does not belong in the ${field}`;

/** Whether a refused field's message is `cprNotHere`'s: the apps say it in their own words. */
export const isCprNotHere = (message: string) => message.startsWith(cprNotHere(''));

/** What stands instead of a text that held a CPR number, where one slipped through. */
export const cprRemoved = '[CPR-nummer fjernet]';

/**
 * A JSON-like value with every string that holds a CPR number replaced by `cprRemoved`: the last
 * guard before something is written to an append-only log or sent out. Values without one are
 * returned as they are (the same object).
 */
export function withoutCpr<Value>(value: Value): Value {
  if (typeof value === 'string') return (containsCpr(value) ? cprRemoved : value) as Value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => withoutCpr(item));
    return (items.some((item, index) => item !== value[index]) ? items : value) as Value;
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]: [string, unknown]) => {
      const cleaned = withoutCpr(item);
      if (cleaned !== item) changed = true;
      return [key, cleaned] as const;
    });
    return (changed ? Object.fromEntries(entries) : value) as Value;
  }
  return value;
}
