import { describe, expect, it } from 'vitest';
import { CentreConfig, LocalizedName } from './config.js';
import { kioskLanguages, localName, localNameLanguage, missingNames } from './local-name.js';

const passport = { da: 'Pas', en: 'Passport', ar: 'جواز السفر', so: 'Baasaboor' };

describe('localName', () => {
  it('gives the name in the language when the centre has written it', () => {
    expect(['da', 'en', 'ar', 'so'].map((lang) => localName(passport, lang))).toEqual(['Pas', 'Passport', 'جواز السفر', 'Baasaboor']);
    expect(localNameLanguage(passport, 'ar')).toBe('ar');
  });

  it('falls back to English for a kiosk language without a name, and for any other language', () => {
    for (const lang of ['uk', 'pl', 'tr', 'ur', 'de', 'xx']) {
      expect(localName(passport, lang), lang).toBe('Passport');
      expect(localNameLanguage(passport, lang), lang).toBe('en');
    }
  });

  it('falls back to Danish when even the English name is empty', () => {
    expect(localName({ da: 'Pas', en: '' }, 'uk')).toBe('Pas');
    expect(localNameLanguage({ da: 'Pas', en: '' }, 'uk')).toBe('da');
  });
});

describe('a name in the configuration', () => {
  it('takes every kiosk language, Danish and English required', () => {
    const everyLanguage = Object.fromEntries(kioskLanguages.map((lang) => [lang, `name ${lang}`]));
    expect(LocalizedName.parse(everyLanguage)).toEqual(everyLanguage);
    expect(LocalizedName.safeParse({ da: 'Pas', ar: 'جواز السفر' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['en']);
  });

  it('refuses an unknown language code and an empty name, naming them', () => {
    const result = LocalizedName.safeParse({ da: 'Pas', en: 'Passport', ua: 'Паспорт', so: '  ' });
    const problems = result.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).sort();
    expect(problems).toEqual([' unrecognized_keys', 'so too_small']);
    expect(result.error?.issues.find((issue) => issue.code === 'unrecognized_keys')?.message).toContain('ua');
  });
});

describe('missingNames', () => {
  const config = CentreConfig.parse({
    centre: { id: 'test', name: 'Test', timeZone: 'Europe/Copenhagen' },
    units: [{ id: 'unit', name: Object.fromEntries(kioskLanguages.map((lang) => [lang, `Enhed ${lang}`])) }],
    services: [
      { id: 'passport', unitId: 'unit', prefix: 'A', name: passport, authority: 'information' },
      { id: 'moving', unitId: 'unit', prefix: 'B', name: { da: 'Flytning', en: 'Moving' }, authority: 'information' },
    ],
    counters: [],
    hours: { weekly: { monday: null, tuesday: null, wednesday: null, thursday: null, friday: null, saturday: null, sunday: null } },
  });

  it('lists each name missing in a kiosk language, with where it is and which languages', () => {
    expect(missingNames(config)).toEqual([
      { path: 'services.0.name', kind: 'service', id: 'passport', missing: ['pl', 'uk', 'tr', 'ur'], message: expect.stringContaining('"passport"') },
      { path: 'services.1.name', kind: 'service', id: 'moving', missing: ['ar', 'so', 'pl', 'uk', 'tr', 'ur'], message: expect.stringContaining('ar, so, pl, uk, tr, ur') },
    ]);
  });

  it('is empty when every name is in every kiosk language', () => {
    expect(missingNames({ units: config.units, services: [] })).toEqual([]);
  });
});
