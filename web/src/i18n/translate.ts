import { interpolate, type MessageParams } from './direction.js';

/**
 * A counted text: one form per plural category of the language, as Intl.PluralRules names them
 * (Danish and English `one`, `other`; Arabic `zero` … `many`, `other`; Polish `one`, `few`, `many`).
 */
export type Plural = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

export type MessageTable = Record<string, string | Plural>;
export type TextKey<Table extends MessageTable> = { [Key in keyof Table]: Table[Key] extends string ? Key : never }[keyof Table] & string;
export type PluralKey<Table extends MessageTable> = { [Key in keyof Table]: Table[Key] extends Plural ? Key : never }[keyof Table] & string;

/** A language's texts: all of them (the fallback) or some (a translation under way). */
export type LanguageTable<Table extends MessageTable> = { code: string; messages: Partial<Table> };

/** The texts of one language, with a complete language behind every gap. */
export type Translator<Table extends MessageTable, Language extends LanguageTable<Table> = LanguageTable<Table>> = {
  readonly language: Language;
  /** A text in the language, or in the fallback when the language does not give it. */
  text(key: TextKey<Table>, params?: MessageParams): string;
  /** A counted text in the plural form `count` needs, `{count}` filled in. */
  plural(key: PluralKey<Table>, count: number, params?: MessageParams): string;
  /** The language a text actually came from (for `lang` attributes on mixed screens). */
  sourceOf(key: keyof Table & string): string;
};

const pluralRules = new Map<string, Intl.PluralRules>();
function rulesOf(code: string): Intl.PluralRules {
  let rules = pluralRules.get(code);
  if (!rules) {
    rules = new Intl.PluralRules(code);
    pluralRules.set(code, rules);
  }
  return rules;
}

/**
 * The translator of `language`, falling back text by text to `fallback` (for the kiosk, where a
 * language may be shown before its translator has done every text: English fills the gaps).
 */
export function createTranslator<Table extends MessageTable, Language extends LanguageTable<Table>>(
  language: Language,
  fallback: { code: string; messages: Table },
): Translator<Table, Language> {
  const sourceOf = (key: keyof Table & string) => (language.messages[key] === undefined ? fallback.code : language.code);
  return {
    language,
    sourceOf,
    text(key, params) {
      return interpolate((language.messages[key] ?? fallback.messages[key]) as string, params);
    },
    plural(key, count, params) {
      const own = language.messages[key] as Plural | undefined;
      // A fallback text must be chosen by the fallback's plural rules, not the language's.
      const [forms, code]: [Plural, string] = own === undefined ? [fallback.messages[key] as Plural, fallback.code] : [own, language.code];
      return interpolate(forms[rulesOf(code).select(count)] ?? forms.other, { ...params, count });
    },
  };
}

/** The texts a language does not give yet (what a translator still has to do). */
export function missingTexts<Table extends MessageTable>(language: LanguageTable<Table>, reference: { messages: Table }): (keyof Table & string)[] {
  return (Object.keys(reference.messages) as (keyof Table & string)[]).filter((key) => language.messages[key] === undefined);
}
