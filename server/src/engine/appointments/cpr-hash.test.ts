import { describe, expect, it } from 'vitest';
import { cprHash } from './cpr-hash.js';

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
