import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage } from './initial-language.js';
import { languageOf, strings, type Language, type Strings } from './strings.js';

const storageKey = 'dintur.language';

type LanguageState = { lang: Language; t: Strings; setLanguage(lang: Language, remember?: boolean): void };

const LanguageContext = createContext<LanguageState | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode): no memory, no harm
  }
}

/** Gives every page the language, its strings and a way to switch; keeps `<html lang>` right. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(() => initialLanguage(readStored(), navigator.languages ?? [navigator.language]));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLanguage = useCallback((next: Language, remember = true) => {
    setLang(next);
    if (!remember) return;
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // storage blocked: the choice lasts for this page only
    }
  }, []);
  const value = useMemo(() => ({ lang, t: strings[lang], setLanguage }), [lang, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}

/** A page about something in a known language (a ticket, a booking) starts in it, unless the citizen chose one. */
export function useLanguageOf(code: string | null | undefined): void {
  const { setLanguage } = useLanguage();
  useEffect(() => {
    if (code === null || code === undefined) return;
    if (readStored() === null) setLanguage(languageOf(code), false);
  }, [code, setLanguage]);
}
