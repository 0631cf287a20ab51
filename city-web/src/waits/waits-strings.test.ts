import { describe, expect, it } from 'vitest';
import { initialLanguage, strings } from './waits-strings.js';

describe('the waits page’s language', () => {
  it('is the address’s, else the one chosen before, else Danish for a Danish phone and English for any other', () => {
    expect(initialLanguage('en', 'da', ['da-DK'])).toBe('en');
    expect(initialLanguage(null, 'en', ['da-DK'])).toBe('en');
    expect(initialLanguage('xx', null, ['da-DK', 'en'])).toBe('da');
    expect(initialLanguage(null, null, ['ar-SA'])).toBe('en');
  });

  it('says how fresh a figure is in seconds, then minutes', () => {
    expect(strings.da.updatedAgo(12)).toBe('opdateret for 12 s siden');
    expect(strings.da.updatedAgo(95)).toBe('opdateret for 1 min. siden');
    expect(strings.en.staleSince('10:02')).toBe('no news from the centre since 10:02');
  });
});
