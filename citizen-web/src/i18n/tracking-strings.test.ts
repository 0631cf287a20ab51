import { kioskLanguages } from '@dintur/shared';
import { describe, expect, it } from 'vitest';
import { directionOf, localeOf, trackingLanguageOf, trackingStrings, type TrackingStrings } from './tracking-strings.js';

/** Each worded function said with sample values, so its sentence can be compared across languages. */
const samples: { [Key in keyof TrackingStrings]?: (t: TrackingStrings) => string[] } = {
  position: (t) => [t.position(1), t.position(4)],
  goTo: (t) => [t.goTo('Skranke 9')],
  counterSign: (t) => [t.counterSign('Skranke 9', '9')],
  servingText: (t) => [t.servingText('Skranke 9')],
  updatedAt: (t) => [t.updatedAt('11:05:32')],
  smsLead: (t) => [t.smsLead(null), t.smsLead(3)],
  smsConfirmed: (t) => [t.smsConfirmed('••••••33', null), t.smsConfirmed('••••••33', 3)],
  smsNumberEndingIn: (t) => [t.smsNumberEndingIn('33')],
  smsLimitNumber: (t) => [t.smsLimitNumber(3)],
};

/** Every text of a language, by key: plain strings as they are, functions said with the samples. */
function said(t: TrackingStrings): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(t).map(([key, value]) => {
      if (typeof value === 'string') return [key, [value]];
      const sample = samples[key as keyof TrackingStrings];
      if (!sample) throw new Error(`no sample for the worded text ${key}`);
      return [key, sample(t)];
    }),
  );
}

describe('the tracking page’s words', () => {
  it('exist in every kiosk language, every key, none empty', () => {
    expect(Object.keys(trackingStrings).sort()).toEqual([...kioskLanguages].sort());
    const keys = Object.keys(trackingStrings.en).sort();
    for (const lang of kioskLanguages) {
      const t = trackingStrings[lang];
      expect(t.lang).toBe(lang);
      expect(Object.keys(t).sort()).toEqual(keys);
      for (const [key, texts] of Object.entries(said(t))) {
        for (const text of texts) expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('are translated, not English copied into another language', () => {
    const english = said(trackingStrings.en);
    for (const lang of kioskLanguages.filter((code) => code !== 'en')) {
      const texts = said(trackingStrings[lang]);
      for (const [key, sentences] of Object.entries(texts)) {
        if (key === 'lang') continue;
        sentences.forEach((sentence, index) => expect(sentence, `${lang}.${key}`).not.toBe(english[key]?.[index]));
      }
    }
  });

  it('name every language in itself, each once', () => {
    const names = kioskLanguages.map((lang) => trackingStrings[lang].languageName);
    expect(names).toEqual(['Dansk', 'English', 'العربية', 'Soomaali', 'Polski', 'Українська', 'Türkçe', 'اردو']);
  });

  it('read right to left in Arabic and Urdu only', () => {
    expect(kioskLanguages.filter((lang) => directionOf(lang) === 'rtl')).toEqual(['ar', 'ur']);
  });

  it('write the centre’s time in each language’s own way, Arabic with the receipt’s Western digits', () => {
    const at = Date.parse('2026-11-24T10:05:32Z');
    const time = (lang: keyof typeof localeOf) =>
      new Intl.DateTimeFormat(localeOf[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Copenhagen' }).format(at);
    expect(time('da')).toBe('11.05');
    expect(time('ar')).toMatch(/^11:05$/u);
    expect(time('pl')).toBe('11:05');
  });

  it('follow a ticket in its own language, or English for a language the kiosk does not have', () => {
    expect(trackingLanguageOf('ar')).toBe('ar');
    expect(trackingLanguageOf('ur')).toBe('ur');
    expect(trackingLanguageOf('sv')).toBe('en');
    expect(trackingLanguageOf(null)).toBe('en');
  });
});
