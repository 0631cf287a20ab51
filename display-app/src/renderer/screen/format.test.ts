import { describe, expect, it } from 'vitest';
import { fittedFontSize } from './fit-text.js';
import { dayAndDate, spacedNumber, spokenCall } from './format.js';

describe('formatting for the wall', () => {
  it('puts a space between the letters and the digits of a ticket number', () => {
    expect(spacedNumber('A42')).toBe('A 42');
    expect(spacedNumber('AB7')).toBe('AB 7');
    expect(spacedNumber('42')).toBe('42');
  });

  it("writes the day in the centre's zone in Danish", () => {
    expect(dayAndDate(Date.parse('2026-11-24T10:05:00Z'), 'Europe/Copenhagen')).toBe('tirsdag 24. november');
  });

  it('says a call as one sentence for screen readers', () => {
    expect(spokenCall({ number: 'A42', counterName: 'Skranke 3', recall: false })).toBe('Nummer A 42, Skranke 3');
    expect(spokenCall({ number: 'A42', counterName: 'Skranke 3', recall: true })).toBe('Nummer A 42, Skranke 3, kaldt igen');
  });

  it('keeps a short number at the preferred size and shrinks a long one to the width', () => {
    expect(fittedFontSize('A 3', '27vmin')).toBe('min(27vmin, 49.02cqi)');
    expect(fittedFontSize('AB 142', '27vmin')).toBe('min(27vmin, 24.51cqi)');
  });
});
