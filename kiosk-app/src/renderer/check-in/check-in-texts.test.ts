import { describe, expect, it } from 'vitest';
import { checkInTexts } from './check-in-texts.js';

describe('the check-in’s texts', () => {
  it('are Danish or English, English for the kiosk’s other languages, with the time filled in', () => {
    expect(checkInTexts('da').text('tooEarlyBody', { time: '11.30', opens: '11.00' })).toBe('Din tid er kl. 11.30. Du kan tjekke ind fra kl. 11.00.');
    expect(checkInTexts('en').text('title')).toBe('Check in for your appointment');
    const arabic = checkInTexts('ar');
    expect(arabic.lang).toBe('en');
    expect(arabic.text('title')).toBe('Check in for your appointment');
  });
});
