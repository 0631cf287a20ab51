import type { CompleteLanguageFile, LanguageFile, MessageKey, Plural, PluralKey, TextKey } from './messages.js';

export type MessageParams = Readonly<Record<string, string | number>>;

/** The texts of one language, with English (or another complete language) behind every gap. */
export type Translator = {
  readonly language: LanguageFile;
  /** A text in the language, or in the fallback when the language does not give it. */
  text(key: TextKey, params?: MessageParams): string;
  /** A counted text in the plural form `count` needs, `{count}` filled in. */
  plural(key: PluralKey, count: number, params?: MessageParams): string;
  /** The language a text actually came from (for `lang` attributes on mixed screens). */
  sourceOf(key: MessageKey): string;
};

/** Fills `{name}` placeholders; an unknown one is left as it is, so a mistake shows rather than hides. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : placeholder));
}

/** Creates the translator of `language`, falling back text by text to `fallback`. */
export function createTranslator(language: LanguageFile, fallback: CompleteLanguageFile): Translator {
  const pluralRules = new Map<string, Intl.PluralRules>();
  const rulesOf = (code: string) => {
    let rules = pluralRules.get(code);
    if (!rules) {
      rules = new Intl.PluralRules(code);
      pluralRules.set(code, rules);
    }
    return rules;
  };
  const sourceOf = (key: MessageKey) => (language.messages[key] === undefined ? fallback.code : language.code);

  return {
    language,
    sourceOf,
    text(key, params) {
      return interpolate(language.messages[key] ?? fallback.messages[key], params);
    },
    plural(key, count, params) {
      const own = language.messages[key];
      // A fallback text must be chosen by the fallback's plural rules, not the language's.
      const [forms, code]: [Plural, string] = own === undefined ? [fallback.messages[key], fallback.code] : [own, language.code];
      const category = rulesOf(code).select(count);
      return interpolate(forms[category] ?? forms.other, { ...params, count });
    },
  };
}

/** The texts a language does not give yet (what a translator still has to do). */
export function missingTexts(language: LanguageFile, reference: CompleteLanguageFile): MessageKey[] {
  return (Object.keys(reference.messages) as MessageKey[]).filter((key) => language.messages[key] === undefined);
}

