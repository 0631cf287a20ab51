import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage, strings, type Language, type Strings } from './book-strings.js';

/** The same key as the waits page's: a language chosen on one is the other's too. */
const storageKey = 'dintur.language';

type LanguageState = { lang: Language; t: Strings; setLanguage(lang: Language): void };

const LanguageContext = createContext<LanguageState | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode): no memory, no harm
  }
}

/**
 * The booking pages' language, its strings and a switch. The address says it (`?lang=en`), so a
 * link from a centre or a poster can open the pages in English; switching rewrites only the
 * address's `lang` (the page stays, and so does whatever was typed) and remembers the choice.
 */
export function BookLanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(() =>
    initialLanguage(new URLSearchParams(window.location.search).get('lang'), readStored(), navigator.languages ?? [navigator.language]),
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLanguage = useCallback((next: Language) => {
    setLang(next);
    const url = new URL(window.location.href);
    if (next === 'da') url.searchParams.delete('lang');
    else url.searchParams.set('lang', next);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // storage blocked: the choice lasts while the address keeps it
    }
  }, []);
  const value = useMemo(() => ({ lang, t: strings[lang], setLanguage }), [lang, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useBookLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useBookLanguage outside BookLanguageProvider');
  return state;
}
