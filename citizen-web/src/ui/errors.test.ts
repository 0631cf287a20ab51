import { describe, expect, it } from 'vitest';
import { citizenErrorMessage } from '@dintur/shared';
import { ApiError } from '../api/api-client.js';
import { strings } from '../i18n/strings.js';
import { trackingStrings } from '../i18n/tracking-strings.js';
import { messageOf } from './errors.js';

describe('what a citizen is told when a request fails', () => {
  it('says the shared sentence for the code in the page’s language, never the server’s own words', () => {
    const refusal = new ApiError(409, 'booking-limit', 'The phone number +4512345678 already holds 3 future bookings.');
    expect(messageOf(refusal, strings.da)).toBe('Du har allerede så mange bookinger, som man må have. Aflys en, eller ring til os.');
    expect(messageOf(refusal, strings.en)).toBe('You already have as many bookings as allowed. Cancel one, or call us.');
    for (const t of [strings.da, strings.en]) expect(messageOf(refusal, t)).not.toContain('already holds');
  });

  it('keeps the page’s own words for no connection and for what it cannot find', () => {
    expect(messageOf(new ApiError(0, 'network', 'Failed to fetch'), strings.da)).toBe(strings.da.networkError);
    expect(messageOf(new ApiError(404, 'not-found', 'No appointment "ABCD1234".'), strings.en, strings.en.appointmentNotFound)).toBe(strings.en.appointmentNotFound);
    // A code only staff meet, or one this build does not know: the general sentence.
    expect(messageOf(new ApiError(403, 'forbidden', 'Only a manager can do that.'), strings.da)).toBe('Noget gik galt. Prøv igen, eller spørg personalet.');
  });

  it('says it in the tracking page’s language too: Arabic on an Arabic ticket’s page', () => {
    const refusal = new ApiError(429, 'too-many-requests', 'Too many requests from 127.0.0.1.');
    expect(messageOf(refusal, trackingStrings.ar)).toBe(citizenErrorMessage('too-many-requests', 'ar'));
    expect(messageOf(refusal, trackingStrings.ar)).not.toBe(citizenErrorMessage('too-many-requests', 'en'));
    expect(messageOf(new ApiError(0, 'network', 'Failed to fetch'), trackingStrings.ur)).toBe(trackingStrings.ur.networkError);
  });
});
