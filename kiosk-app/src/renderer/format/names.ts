import type { LocalizedName } from '@dintur/shared';

/**
 * A unit's or service's name in a language: the server names them in Danish and English only, so
 * every language but Danish shows the English name (the centre's staff write those two).
 */
export function localName(name: LocalizedName, lang: string): string {
  return lang === 'da' ? name.da : name.en;
}

/** The language a name is shown in, for its `lang` attribute (screen readers pronounce it right). */
export function nameLanguage(lang: string): 'da' | 'en' {
  return lang === 'da' ? 'da' : 'en';
}
