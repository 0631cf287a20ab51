/** The languages written right to left among the citizens' (the kiosk's eight): Arabic and Urdu. */
export const rightToLeftLanguages: readonly string[] = ['ar', 'ur'];

/** `dir` for an element in `lang` ("ar", "ur-PK" → rtl). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return rightToLeftLanguages.includes(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown one is left as it is, so a mistake shows rather than hides. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : placeholder));
}
