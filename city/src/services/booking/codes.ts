import { createHmac, randomBytes } from 'node:crypto';
import { bookingCodeAlphabet, bookingCodeLength, normalizeCpr } from '@dintur/shared';

/**
 * A new booking code: 8 symbols of a 32-symbol alphabet without 0/O/1/I (40 bits), read out on
 * the phone and typed on a kiosk's keypad; the same rule as a centre's codes, so a code is unique
 * across the city's centres once the hub has it (the appointments' primary key).
 */
export function newBookingCode(random: (size: number) => Buffer = randomBytes): string {
  let code = '';
  // 256 is a multiple of 32: each byte modulo 32 favours no symbol.
  for (const byte of random(bookingCodeLength)) code += bookingCodeAlphabet[byte % bookingCodeAlphabet.length];
  return code;
}

/**
 * The keyed hash a CPR number is kept as: HMAC-SHA256 with the city's key, which linked centres
 * are given, so a health card finds a booking made anywhere. The same hash as a centre's own
 * (server/src/engine/appointments/cpr-hash.ts). Null for something that is not a CPR number.
 */
export function cprHash(key: Buffer, cpr: string): string | null {
  const digits = normalizeCpr(cpr);
  return digits === null ? null : createHmac('sha256', key).update(digits).digest('hex');
}

/** A new CPR-hash key: 256 random bits. */
export const newCprKey = () => randomBytes(32);

/**
 * A phone number's national digits, what the booking desk matches on: "+45 12 34 56 78",
 * "0045 12345678" and "12 34 56 78" are all "12345678"; a foreign number keeps its country code.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return digits.startsWith('45') && digits.length === 10 ? digits.slice(2) : digits;
  if (digits.startsWith('0045') && digits.length === 12) return digits.slice(4);
  if (digits.startsWith('00')) return digits.slice(2);
  return digits;
}
