import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage } from './initial-language.js';
import { languageOf, strings, type Language, type Strings } from './strings.js';
import { trackingLanguageOf, trackingStrings, type TrackingLanguage, type TrackingStrings } from './tracking-strings.js';

const storageKey = 'dintur.language';

/** The citizen's language: any kiosk language; the booking pages show it as Danish or English. */
type Chosen = { chosen: TrackingLanguage; choose(lang: TrackingLanguage, remember?: boolean): void };

const LanguageContext = createContext<Chosen | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode): no memory, no harm
  }
}

/** Gives every page the language and a way to switch (the page shell keeps `<html lang dir>` right). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<TrackingLanguage>(() => initialLanguage(readStored(), navigator.languages ?? [navigator.language]));
  const choose = useCallback((next: TrackingLanguage, remember = true) => {
    setChosen(next);
    if (!remember) return;
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ chosen, choose }), [chosen, choose]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useChosen(): Chosen {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

type LanguageState = { lang: Language; t: Strings; setLanguage(lang: Language, remember?: boolean): void };

/** The booking pages' language and strings: Danish, or English for every other choice. */
export function useLanguage(): LanguageState {
  const { chosen, choose } = useChosen();
  const lang = languageOf(chosen);
  return useMemo(() => ({ lang, t: strings[lang], setLanguage: choose }), [lang, choose]);
}

type TrackingLanguageState = { lang: TrackingLanguage; t: TrackingStrings; setLanguage(lang: TrackingLanguage, remember?: boolean): void };

/** The tracking page's language and strings: any kiosk language. */
export function useTrackingLanguage(): TrackingLanguageState {
  const { chosen, choose } = useChosen();
  return useMemo(() => ({ lang: chosen, t: trackingStrings[chosen], setLanguage: choose }), [chosen, choose]);
}

/**
 * A page about something in a known language (a ticket, a booking) starts in it, unless the
 * citizen chose one: a ticket in any kiosk language, a booking in Danish or English.
 */
export function useLanguageOf(code: string | null | undefined, languages: 'booking' | 'tracking' = 'booking'): void {
  const { choose } = useChosen();
  useEffect(() => {
    if (code === null || code === undefined) return;
    if (readStored() === null) choose(languages === 'tracking' ? trackingLanguageOf(code) : languageOf(code), false);
  }, [code, languages, choose]);
}
