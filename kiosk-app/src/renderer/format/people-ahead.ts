import type { Translator } from '../i18n/translate.js';

/**
 * "You are next" or "3 people before you", from the ticket's place (1 = next); null once called.
 * The wait itself is said by @dintur/shared's `sayWait`, in the same words as every other screen.
 */
export function formatPeopleAhead(t: Translator, position: number | null): string | null {
  if (position === null) return null;
  const ahead = Math.max(0, position - 1);
  return ahead === 0 ? t.text('youAreNext') : t.plural('peopleAhead', ahead);
}
