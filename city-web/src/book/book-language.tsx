import { createLanguage } from '@dintur/web';
import { initialLanguage, strings } from './book-strings.js';

/**
 * The booking pages' language, its strings and a switch. The address says it (`?lang=en`), so a
 * link from a centre or a poster can open the pages in English; switching rewrites only the
 * address's `lang` (the page stays, and so does whatever was typed) and remembers the choice,
 * under the same key as the waits page's: a language chosen on one is the other's too.
 */
export const { LanguageProvider: BookLanguageProvider, useStrings: useBookLanguage } = createLanguage(strings, {
  addressParameter: 'lang',
  defaultLanguage: 'da',
  initial: ({ address, stored, browser }) => initialLanguage(address, stored, browser),
});
