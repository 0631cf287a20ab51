import { describe, expect, it } from 'vitest';
import { bookingCodeAlphabet, isBookingCode } from '@dintur/shared';
import { newBookingCode } from './booking-code.js';

describe('booking codes', () => {
  it('are 8 symbols without 0, O, 1 or I, and use every symbol of the alphabet', () => {
    const seen = new Set<string>();
    for (let count = 0; count < 500; count += 1) {
      const code = newBookingCode(() => false);
      expect(isBookingCode(code)).toBe(true);
      expect(code).not.toMatch(/[0O1I]/);
      for (const symbol of code) seen.add(symbol);
    }
    expect([...seen].sort().join('')).toBe([...bookingCodeAlphabet].sort().join(''));
  });

  it('never gives a code already taken', () => {
    const taken = new Set(['AAAAAAAA']);
    let calls = 0;
    const random = (size: number) => Buffer.alloc(size, calls++ === 0 ? 0 : 1); // first AAAAAAAA, then BBBBBBBB
    expect(newBookingCode((code) => taken.has(code), random)).toBe('BBBBBBBB');
  });
});
