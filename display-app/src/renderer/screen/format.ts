/**
 * A ticket number as the room reads it: "A42" → "A 42", so the letter and the digits do not
 * run together at a distance. Anything that is not letters-then-digits is left as it is.
 */
export function spacedNumber(number: string): string {
  const match = /^([A-Za-z]+)\s*(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}

/**
 * "10:42" in the centre's time zone, for `instant` in milliseconds since the epoch. Danish
 * writes "10.42"; a colon is used because a visitor from elsewhere might read that as a decimal.
 */
export function timeOfDay(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/** "tirsdag 24. november" in the centre's time zone. */
export function dayAndDate(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('da-DK', { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(instant);
}

/** What a screen reader says for a call: "Nummer A 42, Skranke 3". */
export function spokenCall(call: { number: string; counterName: string; recall: boolean }): string {
  return `Nummer ${spacedNumber(call.number)}, ${call.counterName}${call.recall ? ', kaldt igen' : ''}`;
}
