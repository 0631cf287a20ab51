import { createTranslator as createTableTranslator, missingTexts as missingTableTexts, type Translator as TableTranslator } from '@dintur/web';
import type { CompleteLanguageFile, LanguageFile, MessageKey, Messages } from './messages.js';

export { interpolate, type MessageParams } from '@dintur/web';

/**
 * The texts of one kiosk language, with English (or another complete language) behind every gap:
 * @dintur/web's translator over the kiosk's messages (plural rules, fallback text by text).
 */
export type Translator = TableTranslator<Messages, LanguageFile>;

/** Creates the translator of `language`, falling back text by text to `fallback`. */
export function createTranslator(language: LanguageFile, fallback: CompleteLanguageFile): Translator {
  return createTableTranslator<Messages, LanguageFile>(language, fallback);
}

/** The texts a language does not give yet (what a translator still has to do). */
export function missingTexts(language: LanguageFile, reference: CompleteLanguageFile): MessageKey[] {
  return missingTableTexts<Messages>(language, reference);
}
