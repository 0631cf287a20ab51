import { describe, expect, it } from 'vitest';
import { ApiError } from '@dintur/web';
import { strings } from './book-strings.js';
import { messageOf } from './book-ui.js';

describe('what a citizen booking at the hub is told when a request fails', () => {
  it('says the shared sentence for the code in the page’s language, never the hub’s own words', () => {
    const taken = new ApiError(409, 'conflict', 'That time was just taken; choose another.');
    expect(messageOf(taken, strings.da)).toBe('Noget blev ændret imens, fx er tiden lige blevet taget. Vælg igen.');
    expect(messageOf(taken, strings.en)).toBe('Something changed meanwhile, for example the time was just taken. Please choose again.');
    expect(messageOf(new ApiError(409, 'booking-limit', 'The e-mail address already holds 3 future bookings.'), strings.da)).not.toContain('holds');
  });

  it('says "no connection" for no answer or a failing hub', () => {
    expect(messageOf(new ApiError(0, 'network', 'Failed to fetch'), strings.en)).toBe(strings.en.networkError);
    expect(messageOf(new ApiError(503, 'storage-unavailable', 'The database cannot be written.'), strings.da)).toBe(strings.da.networkError);
  });
});
