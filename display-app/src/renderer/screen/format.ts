import { formatterOf } from '@dintur/web';

/**
 * A ticket number as the room reads it: "A42" → "A 42", so the letter and the digits do not
 * run together at a distance. Anything that is not letters-then-digits is left as it is.
 */
export function spacedNumber(number: string): string {
  const match = /^([A-Za-z]+)\s*(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}

/** "tirsdag 24. november" in the centre's time zone. */
export function dayAndDate(instant: number, timeZone: string): string {
  return formatterOf('da-DK', timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(instant);
}

/** What a screen reader says for a call: "Nummer A 42, Skranke 3". */
export function spokenCall(call: { number: string; counterName: string; recall: boolean }): string {
  return `Nummer ${spacedNumber(call.number)}, ${call.counterName}${call.recall ? ', kaldt igen' : ''}`;
}
