import { describe, expect, it } from 'vitest';
import { looksLikeCpr } from './note-rules.js';

describe('transfer notes', () => {
  it('catch a CPR number written with or without a dash or space', () => {
    expect(looksLikeCpr('Borger 010190-1234 har papirerne med')).toBe(true);
    expect(looksLikeCpr('cpr 0101901234')).toBe(true);
    expect(looksLikeCpr('3112991234')).toBe(true);
    expect(looksLikeCpr('cpr: 311299 1234')).toBe(true);
  });

  it('leave ordinary notes, phone numbers and dates alone', () => {
    expect(looksLikeCpr('Søger boligstøtte, har lejekontrakten med.')).toBe(false);
    expect(looksLikeCpr('Ring på 33 66 33 66')).toBe(false);
    expect(looksLikeCpr('Tid 24.11.2026 kl. 10:30')).toBe(false);
    expect(looksLikeCpr('Sag 12345678901')).toBe(false);
    expect(looksLikeCpr('991399-1234')).toBe(false);
  });
});
