import { describe, expect, it } from 'vitest';
import { kioskLanguages } from '@dintur/shared';
import { checkInTexts, type CheckInTextKey } from './check-in-texts.js';
import { moreCheckInTexts } from './check-in-translations.js';

describe('the check-in’s texts', () => {
  it('are Danish, English or Arabic, with the time filled in', () => {
    expect(checkInTexts('da').text('tooEarlyBody', { time: '11.30', opens: '11.00' })).toBe('Din tid er kl. 11.30. Du kan tjekke ind fra kl. 11.00.');
    expect(checkInTexts('en').text('title')).toBe('Check in for your appointment');
    const arabic = checkInTexts('ar');
    expect(arabic.lang).toBe('ar');
    expect(arabic.text('tooEarlyBody', { time: '11:30', opens: '11:00' })).toBe('موعدك الساعة 11:30. يمكنك تسجيل الحضور ابتداءً من الساعة 11:00.');
  });

  it('are in every kiosk language (each gives every text: the compiler checks it), with the English placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const english = checkInTexts('en');
    for (const lang of kioskLanguages) expect(checkInTexts(lang).lang, lang).toBe(lang);
    for (const [lang, texts] of Object.entries(moreCheckInTexts)) {
      for (const key of Object.keys(texts) as CheckInTextKey[]) {
        // Unfilled placeholders stay visible, so the text with none given shows them all.
        expect(placeholders(checkInTexts(lang).text(key)), `${lang}.${key}`).toEqual(placeholders(english.text(key)));
      }
    }
    expect(checkInTexts('pl').text('tooEarlyOtherDayBody', { date: 'środa, 25 listopada', time: '10:00', opens: '09:30' })).toBe(
      'Twoja wizyta: środa, 25 listopada, godz. 10:00. Tego dnia możesz zgłosić przybycie od godz. 09:30.',
    );
    expect(checkInTexts('so').text('title')).toBe('Noo sheeg inaad u timid ballantaada');
  });

  it('fall back to English for a language the kiosk does not have', () => {
    const swedish = checkInTexts('sv');
    expect(swedish.lang).toBe('en');
    expect(swedish.text('title')).toBe('Check in for your appointment');
  });
});
