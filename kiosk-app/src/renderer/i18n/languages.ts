import { language as english } from './en.js';
import type { LanguageFile } from './messages.js';

/**
 * Every language of the kiosk: each file of this folder named by its ISO 639 code (`da.ts`,
 * `tr.ts`) exporting `language`. Adding a language is adding such a file; nothing else.
 */
const files = import.meta.glob<LanguageFile>(['./??.ts', './???.ts'], { eager: true, import: 'language' });

/** What every language falls back to for a text it does not give. */
export const fallbackLanguage = english;

/** Danish first (the country's language), then English, then the others by their English names. */
export function orderLanguages(list: readonly LanguageFile[], first: readonly string[] = ['da', 'en']): LanguageFile[] {
  const rank = (language: LanguageFile) => {
    const index = first.indexOf(language.code);
    return index === -1 ? first.length : index;
  };
  return [...list].sort((a, b) => rank(a) - rank(b) || a.englishName.localeCompare(b.englishName, 'en'));
}

export const languages: readonly LanguageFile[] = orderLanguages(Object.values(files));

/** The language with this code, or undefined. */
export function findLanguage(code: string): LanguageFile | undefined {
  return languages.find((language) => language.code === code);
}
