import { describe, expect, it } from 'vitest';
import { errorCodes } from './errors.js';
import {
  citizenErrorLanguages,
  citizenErrorMessage,
  citizenErrorMessages,
  citizenFailureOf,
  errorAudience,
  staffErrorMessage,
  staffErrorMessages,
} from './error-messages.js';
import { kioskLanguages } from './local-name.js';

describe('the one map of error messages', () => {
  it('has a Danish sentence for staff for every error code, no answer and a strange answer', () => {
    for (const code of [...errorCodes, 'network', 'unexpected-response'] as const) {
      expect(staffErrorMessages[code], code).toMatch(/\S/);
      expect(staffErrorMessage(code)).toBe(staffErrorMessages[code]);
    }
    expect(Object.keys(staffErrorMessages).sort()).toEqual([...errorCodes, 'network', 'unexpected-response'].sort());
  });

  it('places every error code as something citizens may meet or not', () => {
    expect(Object.keys(errorAudience).sort()).toEqual([...errorCodes].sort());
  });

  it('has every sentence a citizen may need in every kiosk language, each its own', () => {
    expect([...citizenErrorLanguages]).toEqual([...kioskLanguages]);
    const needed = [...errorCodes.filter((code) => errorAudience[code] === 'citizens'), 'network', 'unexpected-response', 'other'].sort();
    for (const lang of citizenErrorLanguages) {
      const messages = citizenErrorMessages[lang];
      expect(Object.keys(messages).sort(), lang).toEqual(needed);
      for (const key of needed) expect(messages[key as keyof typeof messages], `${lang} ${key}`).toMatch(/\S/);
      // Translated, not English copied in: only a few short words may coincide (SMS).
      if (lang !== 'en') {
        const copied = needed.filter((key) => messages[key as keyof typeof messages] === citizenErrorMessages.en[key as keyof typeof messages]);
        expect(copied, lang).toEqual([]);
      }
    }
  });

  it('tells a citizen who meets a staff code, or a code this build does not know, the general sentence in their language', () => {
    expect(citizenFailureOf('invalid-centre-key')).toBe('other');
    expect(citizenFailureOf('a-code-from-a-newer-server')).toBe('other');
    expect(citizenErrorMessage('counter-closed', 'ar')).toBe(citizenErrorMessages.ar.other);
    expect(citizenErrorMessage('queue-full', 'so')).toBe(citizenErrorMessages.so['queue-full']);
    // A ticket's language that is not a citizen language is followed in English.
    expect(citizenErrorMessage('booking-limit', 'fr')).toBe(citizenErrorMessages.en['booking-limit']);
    expect(staffErrorMessage('a-code-from-a-newer-server')).toBe(staffErrorMessages['unexpected-response']);
  });

  it('says "wait" only where waiting helps, and never the server’s English', () => {
    // A refusal that will stand must not sound like a passing problem ("lige nu").
    for (const text of Object.values(staffErrorMessages)) expect(text).not.toMatch(/lige nu/);
    for (const text of Object.values(citizenErrorMessages.da)) expect(text).not.toMatch(/lige nu/);
    expect(staffErrorMessage('invalid-credentials')).toBe('Forkert brugernavn eller adgangskode.');
  });
});
