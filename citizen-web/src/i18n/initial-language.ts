import type { Language } from './strings.js';

/**
 * The language to start in: one the citizen chose before on this phone, else the phone's own
 * (Danish phones get Danish, every other language English).
 */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (stored === 'da' || stored === 'en') return stored;
  return browserLanguages.some((language) => language.toLowerCase().startsWith('da')) ? 'da' : 'en';
}
