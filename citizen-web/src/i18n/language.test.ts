import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initial-language.js';
import { languageOf, strings } from './strings.js';

describe('the pages’ language', () => {
  it('is the one chosen before, else Danish for a Danish phone and English for any other', () => {
    expect(initialLanguage('en', ['da-DK'])).toBe('en');
    expect(initialLanguage(null, ['da-DK', 'en'])).toBe('da');
    expect(initialLanguage(null, ['ar-SA'])).toBe('en');
    expect(initialLanguage('fr', [])).toBe('en');
  });

  it('follows a ticket in its own language when that is Danish or English, and in English otherwise', () => {
    expect(languageOf('da')).toBe('da');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('tr')).toBe('en');
  });

  it('has every Danish string in English too', () => {
    expect(Object.keys(strings.en).sort()).toEqual(Object.keys(strings.da).sort());
  });
});
