import { describe, expect, it } from 'vitest';
import { roundWait, sayWait, waitLanguageOf, waitLanguages } from './waits.js';

const say = (minutes: number | null, lang: string, serviceName = 'Pas') => sayWait(minutes, { lang, serviceName });

describe('roundWait', () => {
  it('says "under 5 min" below five minutes, never a figure like 0 or 1', () => {
    expect([1, 2, 4, 4.9].map(roundWait)).toEqual(Array(4).fill({ kind: 'under', minutes: 5 }));
  });

  it('rounds up to 5 minutes up to an hour, and up to 15 above it', () => {
    const rounded = [5, 6, 10, 11, 25, 26, 28, 30, 56, 60, 61, 75, 76, 90, 91, 130].map((minutes) => roundWait(minutes));
    expect(rounded.map((estimate) => (estimate.kind === 'about' ? estimate.minutes : estimate.kind))).toEqual([
      5, 10, 10, 15, 25, 30, 30, 30, 60, 60, 75, 75, 90, 90, 105, 135,
    ]);
  });

  it('never rounds a wait down', () => {
    for (let minutes = 1; minutes <= 300; minutes += 1) {
      const estimate = roundWait(minutes);
      expect(estimate.kind === 'about' || estimate.kind === 'under' ? estimate.minutes : -1, `${minutes}`).toBeGreaterThanOrEqual(minutes);
    }
  });

  it('is "no wait" at 0, and "no counter open" for the server’s null', () => {
    expect(roundWait(0)).toEqual({ kind: 'no-wait' });
    expect(roundWait(null)).toEqual({ kind: 'no-counter' });
  });
});

describe('sayWait in Danish and English', () => {
  it('gives a short form for a chip and a sentence, with the same figure in both', () => {
    expect(say(22, 'da')).toEqual({ kind: 'about', minutes: 25, lang: 'da', short: 'ca. 25 min', sentence: 'Ventetid ca. 25 min' });
    expect(say(3, 'da')).toMatchObject({ short: 'under 5 min', sentence: 'Ventetid under 5 min' });
    expect(say(22, 'en')).toMatchObject({ short: 'about 25 min', sentence: 'Wait about 25 min' });
  });

  it('writes hours and minutes above an hour', () => {
    expect([60, 70, 130].map((minutes) => say(minutes, 'da').short)).toEqual(['ca. 1 t', 'ca. 1 t 15 min', 'ca. 2 t 15 min']);
    expect(say(70, 'en').short).toBe('about 1 h 15 min');
  });

  it('names the service when no counter serving it is open, instead of a number', () => {
    expect(say(null, 'da', 'Pension')).toEqual({
      kind: 'no-counter',
      lang: 'da',
      short: 'Ingen åben skranke',
      sentence: 'Ingen skranke er åben for Pension lige nu',
    });
    expect(say(null, 'en', 'Pension')).toMatchObject({ short: 'No counter open', sentence: 'No counter is open for Pension right now' });
  });

  it('says there is no wait at 0', () => {
    expect(say(0, 'da')).toMatchObject({ short: 'Ingen ventetid', sentence: 'Ingen ventetid lige nu' });
  });
});

describe('sayWait in every kiosk language', () => {
  const others = waitLanguages.filter((lang) => lang !== 'en');

  it('has its own sentence in each language for every kind of wait, never the English one', () => {
    for (const minutes of [null, 0, 3, 25, 75]) {
      const english = say(minutes, 'en', 'Passport');
      for (const lang of others) {
        const said = say(minutes, lang, 'Passport');
        expect(said.lang, lang).toBe(lang);
        expect(said.sentence, `${lang} ${minutes}`).not.toBe(english.sentence);
      }
    }
  });

  it('keeps the rounded figure in every language’s words, and the service in the no-counter sentence', () => {
    for (const lang of waitLanguages) {
      expect(say(22, lang).short, lang).toContain('25');
      expect(say(22, lang).sentence, lang).toContain(say(22, lang).short);
      expect(say(2, lang).short, lang).toContain('5');
      expect(say(null, lang, 'Passport').sentence, lang).toContain('Passport');
      expect(say(null, lang, 'Passport').short, lang).not.toMatch(/\d/);
    }
  });

  it('chooses the Arabic plural by the count, with Western digits', () => {
    expect([5, 10, 15, 45].map((minutes) => say(minutes, 'ar').short)).toEqual(['حوالي 5 دقائق', 'حوالي 10 دقائق', 'حوالي 15 دقيقة', 'حوالي 45 دقيقة']);
    expect(say(60, 'ar').short).toBe('حوالي ساعة واحدة');
    expect(say(135, 'ar').short).toBe('حوالي ساعتين و15 دقيقة');
    expect(say(22, 'ar').sentence).toBe('وقت الانتظار حوالي 25 دقيقة');
  });

  it('has the exact words of each language', () => {
    expect(others.map((lang) => [lang, say(22, lang).sentence, say(null, lang, 'Passport').short])).toEqual([
      ['da', 'Ventetid ca. 25 min', 'Ingen åben skranke'],
      ['ar', 'وقت الانتظار حوالي 25 دقيقة', 'لا يوجد شباك مفتوح'],
      ['so', 'Waqtiga sugitaanka: qiyaastii 25 daqiiqo', 'Miis furan ma jiro'],
      ['pl', 'Czas oczekiwania: ok. 25 min', 'Okienka zamknięte'],
      ['uk', 'Час очікування: близько 25 хв', 'Віконця зачинені'],
      ['tr', 'Bekleme süresi yaklaşık 25 dk', 'Açık gişe yok'],
      ['ur', 'انتظار تقریباً 25 منٹ', 'کوئی کاؤنٹر کھلا نہیں'],
    ]);
  });

  it('falls back to English for a language the waits are not said in', () => {
    expect(waitLanguageOf('de')).toBe('en');
    expect(say(22, 'de')).toMatchObject({ lang: 'en', sentence: 'Wait about 25 min' });
  });
});
