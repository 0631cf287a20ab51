import { randomBytes } from 'node:crypto';
import { bookingCodeAlphabet, bookingCodeLength } from '@dintur/shared';

/**
 * A new booking code: 8 symbols of a 32-symbol alphabet without 0/O/1/I (40 bits), so it can be
 * read out on the phone and typed on the kiosk's keypad. 256 is a multiple of 32, so taking each
 * random byte modulo 32 favours no symbol. `taken` says whether a code is already in use.
 */
export function newBookingCode(taken: (code: string) => boolean, random: (size: number) => Buffer = randomBytes): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const bytes = random(bookingCodeLength);
    let code = '';
    for (const byte of bytes) code += bookingCodeAlphabet[byte % bookingCodeAlphabet.length];
    if (!taken(code)) return code;
  }
  // 20 collisions in a row among 2^40 codes means the random source is broken, not bad luck.
  throw new Error('Could not find an unused booking code');
}
