import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { directionOf, interpolate } from './direction.js';
import { createLanguage } from './language.js';
import { createTranslator, missingTexts, type Plural } from './translate.js';

type Texts = { hello: string; people: Plural };
const english = { code: 'en', messages: { hello: 'Hello {name}', people: { one: '{count} person', other: '{count} people' } } satisfies Texts };
const arabic = { code: 'ar', messages: { people: { zero: 'لا أحد', one: 'شخص واحد', two: 'شخصان', few: '{count} أشخاص', many: '{count} شخصًا', other: '{count} شخص' } } satisfies Partial<Texts> };

/** A stand-in for the browser globals the provider reads at start (Node has none). */
function browser(search: string, stored: string | null, languages: string[]) {
  Object.assign(globalThis, {
    window: { location: { search }, localStorage: { getItem: () => stored, setItem: () => undefined } },
    navigator: { languages, language: languages[0] },
  });
}
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
  Reflect.deleteProperty(globalThis, 'navigator');
});

describe('one i18n mechanism', () => {
  it('knows Arabic and Urdu are written right to left', () => {
    expect(['da', 'en', 'ar', 'so', 'pl', 'uk', 'tr', 'ur', 'ur-PK'].map(directionOf)).toEqual(['ltr', 'ltr', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr', 'rtl', 'rtl']);
  });

  it('fills placeholders and shows an unknown one rather than hiding it', () => {
    expect(interpolate('Hello {name}, {missing}', { name: 'Amal' })).toBe('Hello Amal, {missing}');
  });

  it('counts in the language’s own plural forms and fills a gap from the fallback, saying where a text came from', () => {
    const t = createTranslator<Texts, typeof arabic>(arabic, english);
    expect([0, 1, 2, 3, 11, 100].map((count) => t.plural('people', count))).toEqual(['لا أحد', 'شخص واحد', 'شخصان', '3 أشخاص', '11 شخصًا', '100 شخص']);
    expect(t.text('hello', { name: 'Amal' })).toBe('Hello Amal');
    expect([t.sourceOf('hello'), t.sourceOf('people')]).toEqual(['en', 'ar']);
    expect(missingTexts<Texts>(arabic, english)).toEqual(['hello']);
  });

  it('starts in the language the app’s rule picks from the address, the device and the browser, with its table and direction', () => {
    const tables = { da: { title: 'Ventetider' }, en: { title: 'Waiting times' }, ar: { title: 'أوقات الانتظار' } };
    const { LanguageProvider, useStrings } = createLanguage(tables, {
      addressParameter: 'lang',
      defaultLanguage: 'da',
      initial: ({ address, stored, browser }) => (address === 'ar' || address === 'en' ? address : stored === 'en' ? 'en' : browser.some((lang) => lang.startsWith('da')) ? 'da' : 'en'),
    });
    function Title() {
      const { lang, dir, t } = useStrings();
      return <h1 lang={lang} dir={dir}>{t.title}</h1>;
    }
    const page = () => renderToStaticMarkup(<LanguageProvider><Title /></LanguageProvider>);
    browser('?lang=ar', null, ['da-DK']);
    expect(page()).toBe('<h1 lang="ar" dir="rtl">أوقات الانتظار</h1>');
    browser('', 'en', ['da-DK']);
    expect(page()).toBe('<h1 lang="en" dir="ltr">Waiting times</h1>');
    browser('', null, ['da-DK', 'en']);
    expect(page()).toBe('<h1 lang="da" dir="ltr">Ventetider</h1>');
    expect(() => renderToStaticMarkup(<Title />)).toThrow('useStrings outside its LanguageProvider');
  });
});
