import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initial-language.js';
import { languageOf, strings } from './strings.js';

describe('the pages’ language', () => {
  it('is the one chosen before (any kiosk language), else Danish for a Danish phone and English for any other', () => {
    expect(initialLanguage('en', ['da-DK'])).toBe('en');
    expect(initialLanguage('ar', ['da-DK'])).toBe('ar');
    expect(initialLanguage(null, ['da-DK', 'en'])).toBe('da');
    expect(initialLanguage(null, ['ar-SA'])).toBe('en');
    expect(initialLanguage('fr', [])).toBe('en');
  });

  it('shows the booking pages in Danish for Danish and in English for every other language', () => {
    expect(languageOf('da')).toBe('da');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('tr')).toBe('en');
    expect(languageOf('ar')).toBe('en');
  });

  it('has every Danish booking string in English too', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.da).sort());
  });
});
