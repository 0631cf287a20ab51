import { useEffect, useMemo } from 'react';
import { createLanguage, readStoredLanguage } from '@dintur/web';
import { initialLanguage } from './initial-language.js';
import { languageOf, strings, type Language, type Strings } from './strings.js';
import { trackingLanguageOf, trackingStrings, type TrackingLanguage, type TrackingStrings } from './tracking-strings.js';

/**
 * The citizen's language: any kiosk language (the tracking page's tables); the booking pages
 * show it as Danish or English. The page shell keeps `<html lang dir>` to the language shown.
 */
const { LanguageProvider, useStrings } = createLanguage(trackingStrings, {
  initial: ({ stored, browser }) => initialLanguage(stored, browser),
  setDocument: false,
});

export { LanguageProvider };

type LanguageState = { lang: Language; t: Strings; setLanguage(lang: Language, remember?: boolean): void };

/** The booking pages' language and strings: Danish, or English for every other choice. */
export function useLanguage(): LanguageState {
  const { lang: chosen, setLanguage } = useStrings();
  const lang = languageOf(chosen);
  return useMemo(() => ({ lang, t: strings[lang], setLanguage }), [lang, setLanguage]);
}

type TrackingLanguageState = { lang: TrackingLanguage; t: TrackingStrings; setLanguage(lang: TrackingLanguage, remember?: boolean): void };

/** The tracking page's language and strings: any kiosk language. */
export function useTrackingLanguage(): TrackingLanguageState {
  const { lang, t, setLanguage } = useStrings();
  return useMemo(() => ({ lang, t, setLanguage }), [lang, t, setLanguage]);
}

/**
 * A page about something in a known language (a ticket, a booking) starts in it, unless the
 * citizen chose one: a ticket in any kiosk language, a booking in Danish or English.
 */
export function useLanguageOf(code: string | null | undefined, languages: 'booking' | 'tracking' = 'booking'): void {
  const { setLanguage } = useStrings();
  useEffect(() => {
    if (code === null || code === undefined) return;
    if (readStoredLanguage() === null) setLanguage(languages === 'tracking' ? trackingLanguageOf(code) : languageOf(code), false);
  }, [code, languages, setLanguage]);
}
