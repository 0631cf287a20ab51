import { isTrackingLanguage, type TrackingLanguage } from './tracking-strings.js';

/**
 * The language to start in: one the citizen chose before on this phone (any kiosk language: the
 * tracking page offers them all), else the phone's own (Danish phones get Danish, every other
 * language English). A ticket's page then moves to the ticket's language unless one was chosen.
 */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): TrackingLanguage {
  if (isTrackingLanguage(stored)) return stored;
  return browserLanguages.some((language) => language.toLowerCase().startsWith('da')) ? 'da' : 'en';
}
