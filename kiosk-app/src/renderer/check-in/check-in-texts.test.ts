import { describe, expect, it } from 'vitest';
import { checkInTexts } from './check-in-texts.js';

describe('the check-in’s texts', () => {
  it('are Danish, English or Arabic, with the time filled in', () => {
    expect(checkInTexts('da').text('tooEarlyBody', { time: '11.30', opens: '11.00' })).toBe('Din tid er kl. 11.30. Du kan tjekke ind fra kl. 11.00.');
    expect(checkInTexts('en').text('title')).toBe('Check in for your appointment');
    const arabic = checkInTexts('ar');
    expect(arabic.lang).toBe('ar');
    expect(arabic.text('tooEarlyBody', { time: '11:30', opens: '11:00' })).toBe('موعدك الساعة 11:30. يمكنك تسجيل الحضور ابتداءً من الساعة 11:00.');
  });

  it('fall back to English for the kiosk’s partial languages', () => {
    const polish = checkInTexts('pl');
    expect(polish.lang).toBe('en');
    expect(polish.text('title')).toBe('Check in for your appointment');
  });
});
