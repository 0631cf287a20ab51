import { createLanguage } from '@dintur/web';
import { initialLanguage, strings } from './waits-strings.js';

/**
 * The waits page's language, its strings and a switch. The address says it (`?lang=en`), so a
 * link or a QR code on a poster can open the page in English; switching rewrites the address and
 * remembers the choice on this phone.
 */
export const { LanguageProvider: WaitsLanguageProvider, useStrings: useWaitsLanguage } = createLanguage(strings, {
  addressParameter: 'lang',
  defaultLanguage: 'da',
  initial: ({ address, stored, browser }) => initialLanguage(address, stored, browser),
});
