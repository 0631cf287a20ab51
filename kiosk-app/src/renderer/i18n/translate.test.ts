import { describe, expect, it } from 'vitest';
import { kioskLanguages } from '@dintur/shared';
import { fallbackLanguage, findLanguage, languages, orderLanguages } from './languages.js';
import { partialLanguage, type LanguageFile, type MessageKey } from './messages.js';
import { createTranslator, interpolate, missingTexts } from './translate.js';

const language = (code: string): LanguageFile => {
  const found = findLanguage(code);
  if (!found) throw new Error(`no language ${code}`);
  return found;
};

describe('the language files', () => {
  it('are every file of the folder: Danish first, English second, then by English name', () => {
    expect(languages.map((file) => file.code)).toEqual(['da', 'en', 'ar', 'pl', 'so', 'tr', 'uk', 'ur']);
  });

  it('are the kiosk languages the configuration names units and services in', () => {
    expect(languages.map((file) => file.code).sort()).toEqual([...kioskLanguages].sort());
  });

  it('each give every text: a citizen never meets English in place of their language', () => {
    for (const file of languages) expect(missingTexts(file, fallbackLanguage), file.code).toEqual([]);
  });

  it('make Danish, English and Arabic complete (read by a speaker), Arabic right to left', () => {
    expect(languages.filter((file) => file.complete).map((file) => file.code)).toEqual(['da', 'en', 'ar']);
    for (const code of ['da', 'en', 'ar']) expect(missingTexts(language(code), fallbackLanguage)).toEqual([]);
    expect(language('ar').dir).toBe('rtl');
    expect(language('ur').dir).toBe('rtl');
    expect(languages.filter((file) => file.dir === 'rtl').map((file) => file.code)).toEqual(['ar', 'ur']);
  });

  it('print Arabic and Urdu receipts in English, every other language in itself', () => {
    expect(Object.fromEntries(languages.map((file) => [file.code, file.printsAs]))).toEqual({
      da: 'da',
      en: 'en',
      ar: 'en',
      pl: 'pl',
      so: 'so',
      tr: 'tr',
      uk: 'uk',
      ur: 'en',
    });
  });

  it('give only texts the kiosk has (a misspelt key would never be shown)', () => {
    const known = new Set(Object.keys(fallbackLanguage.messages));
    for (const file of languages) expect(Object.keys(file.messages).filter((key) => !known.has(key)), file.code).toEqual([]);
  });

  it('keep every placeholder of the English text in each translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const file of languages) {
      for (const [key, value] of Object.entries(file.messages) as [MessageKey, unknown][]) {
        const english = fallbackLanguage.messages[key];
        if (typeof value === 'string' && typeof english === 'string') expect(placeholders(value), `${file.code}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  it('are ordered with the given languages first and the rest by English name', () => {
    const make = (code: string, englishName: string) => partialLanguage({ code, englishName, nativeName: code, dir: 'ltr', printsAs: code, messages: {} });
    expect(orderLanguages([make('sv', 'Swedish'), make('de', 'German'), make('en', 'English')], ['en']).map((file) => file.code)).toEqual(['en', 'de', 'sv']);
  });
});

describe('createTranslator', () => {
  it('gives the language’s own text, with placeholders filled in', () => {
    const t = createTranslator(language('da'), fallbackLanguage);
    expect(t.text('welcome', { centre: 'Borgercenter Valby' })).toBe('Velkommen til Borgercenter Valby');
  });

  // A language being added gives only some texts at first.
  const swedish = partialLanguage({ code: 'sv', nativeName: 'Svenska', englishName: 'Swedish', dir: 'ltr', printsAs: 'sv', messages: { takeNumber: 'Ta en nummerlapp' } });

  it('falls back to English, text by text, for what a language does not give', () => {
    const t = createTranslator(swedish, fallbackLanguage);
    expect(t.text('takeNumber')).toBe('Ta en nummerlapp');
    expect(t.text('chooseService')).toBe('What have you come for?');
    expect(t.sourceOf('takeNumber')).toBe('sv');
    expect(t.sourceOf('chooseService')).toBe('en');
  });

  it('chooses the plural form by the language’s rules', () => {
    const danish = createTranslator(language('da'), fallbackLanguage);
    expect([1, 3].map((count) => danish.plural('peopleAhead', count))).toEqual(['1 person før dig', '3 personer før dig']);
    const arabic = createTranslator(language('ar'), fallbackLanguage);
    expect([1, 2, 5, 11, 100].map((count) => arabic.plural('peopleAhead', count))).toEqual([
      'شخص واحد قبلك',
      'شخصان قبلك',
      '5 أشخاص قبلك',
      '11 شخصًا قبلك',
      '100 شخص قبلك',
    ]);
    const polish = createTranslator(language('pl'), fallbackLanguage);
    expect([1, 3, 5, 22, 25].map((count) => polish.plural('peopleAhead', count))).toEqual([
      'Przed tobą 1 osoba',
      'Przed tobą 3 osoby',
      'Przed tobą 5 osób',
      'Przed tobą 22 osoby',
      'Przed tobą 25 osób',
    ]);
  });

  it('uses English plural rules for an English fallback text', () => {
    const t = createTranslator(swedish, fallbackLanguage);
    expect(t.plural('peopleAhead', 1)).toBe('1 person before you');
    expect(t.plural('peopleAhead', 4)).toBe('4 people before you');
  });

  it('counts in Somali, Urdu and Turkish with their own words', () => {
    expect([1, 3].map((count) => createTranslator(language('so'), fallbackLanguage).plural('peopleAhead', count))).toEqual(['1 qof ayaa kaa horreeya', '3 qof ayaa kaa horreeya']);
    expect([1, 3].map((count) => createTranslator(language('ur'), fallbackLanguage).plural('peopleAhead', count))).toEqual(['آپ سے پہلے 1 شخص ہے', 'آپ سے پہلے 3 لوگ ہیں']);
    expect(createTranslator(language('tr'), fallbackLanguage).plural('peopleAhead', 3)).toBe('Önünüzde 3 kişi var');
  });
});

describe('interpolate', () => {
  it('leaves an unknown placeholder visible rather than hiding the mistake', () => {
    expect(interpolate('Opens {when} ({where})', { when: 'today at 10:00' })).toBe('Opens today at 10:00 ({where})');
  });
});
