import { describe, expect, it } from 'vitest';
import { bookingCodeAlphabet, isBookingCode } from './appointments.js';
import { cprHash, newBookingCode } from './booking-keys.js';

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
  it('draws codes of the readable alphabet, every symbol alike', () => {
    const code = newBookingCode();
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(newBookingCode(undefined, () => Buffer.from([0, 31, 32, 63, 255, 8, 9, 10]))).toBe('A9A99JKL');
  });

  it('hashes a CPR number however it is typed, with the key, and refuses what is not one', () => {
    const key = Buffer.alloc(32, 7);
    expect(cprHash(key, '010203-1234')).toBe(cprHash(key, '0102031234'));
    expect(cprHash(key, '010203-1234')).not.toBe(cprHash(Buffer.alloc(32, 8), '010203-1234'));
    expect(cprHash(key, '010203-1234')).not.toContain('0102031234');
    expect(cprHash(key, '12')).toBeNull();
  });

});

const key = Buffer.alloc(32, 7);

describe('the CPR hash', () => {
  it('is the same for the number with and without dash, differs between keys and never contains the number', () => {
    const hash = cprHash(key, '010190-1234');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(cprHash(key, '0101901234')).toBe(hash);
    expect(cprHash(Buffer.alloc(32, 8), '0101901234')).not.toBe(hash);
    expect(hash).not.toContain('0101901234');
  });

  it('refuses what is not a CPR number', () => {
    expect(cprHash(key, '320190-1234')).toBeNull();
    expect(cprHash(key, 'hello')).toBeNull();
  });
});
