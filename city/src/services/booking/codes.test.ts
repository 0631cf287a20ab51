import { describe, expect, it } from 'vitest';
import { cprHash, newBookingCode, phoneKey } from './codes.js';

describe('booking at the hub: codes, CPR hashes and phone numbers', () => {
  it('draws codes of the readable alphabet, every symbol alike', () => {
    const code = newBookingCode();
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(newBookingCode(() => Buffer.from([0, 31, 32, 63, 255, 8, 9, 10]))).toBe('A9A99JKL');
  });

  it('hashes a CPR number however it is typed, with the key, and refuses what is not one', () => {
    const key = Buffer.alloc(32, 7);
    expect(cprHash(key, '010203-1234')).toBe(cprHash(key, '0102031234'));
    expect(cprHash(key, '010203-1234')).not.toBe(cprHash(Buffer.alloc(32, 8), '010203-1234'));
    expect(cprHash(key, '010203-1234')).not.toContain('0102031234');
    expect(cprHash(key, '12')).toBeNull();
  });

  it('reads a Danish phone number the same with or without +45, spaces or dashes', () => {
    for (const typed of ['+45 12 34 56 78', '+4512345678', '0045 12345678', '12 34 56 78', '12-34-56-78']) expect(phoneKey(typed)).toBe('12345678');
    expect(phoneKey('+46 70 123 45 67')).toBe('46701234567');
  });
});
