import { createHmac, randomBytes } from 'node:crypto';
import { bookingCodeAlphabet, bookingCodeLength, normalizeCpr } from './appointments.js';

/**
 * The keys of a booking, Node-only (like passwords.ts): the booking code and the CPR hash, one
 * implementation for a centre and the city hub, so a code is drawn and a health card hashed alike
 * wherever the booking was made.
 */

/**
 * A new booking code: 8 symbols of a 32-symbol alphabet without 0/O/1/I (40 bits), so it can be
 * read out on the phone and typed on the kiosk's keypad. 256 is a multiple of 32, so taking each
 * random byte modulo 32 favours no symbol. `taken` says whether a code is already in use (the hub,
 * which learns that from its insert, draws again itself).
 */
export function newBookingCode(taken: (code: string) => boolean = () => false, random: (size: number) => Buffer = randomBytes): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const bytes = random(bookingCodeLength);
    let code = '';
    for (const byte of bytes) code += bookingCodeAlphabet[byte % bookingCodeAlphabet.length];
    if (!taken(code)) return code;
  }
  // 20 collisions in a row among 2^40 codes means the random source is broken, not bad luck.
  throw new Error('Could not find an unused booking code');
}

/**
 * The keyed hash a CPR number is kept as: HMAC-SHA256 with the secret key (a centre's own, or the
 * city's, which linked centres are given). Without the key, the hash of the few million possible
 * CPR numbers cannot be tabulated, so a stolen database does not give the numbers away. Returns
 * null for something that is not a CPR number.
 */
export function cprHash(key: Buffer, cpr: string): string | null {
  const digits = normalizeCpr(cpr);
  return digits === null ? null : createHmac('sha256', key).update(digits).digest('hex');
}
