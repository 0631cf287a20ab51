import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { directionOf } from './direction.js';

/** One key for every page of a browser: a language chosen on one page is the others' too. */
export const languageStorageKey = 'dintur.language';

/** The language remembered on this device, or null (none, or storage blocked in private mode: no memory, no harm). */
export function readStoredLanguage(key = languageStorageKey): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a language on this device; storage blocked: the choice lasts for this page only. */
export function storeLanguage(lang: string, key = languageStorageKey): void {
  try {
    window.localStorage.setItem(key, lang);
  } catch {
    // storage blocked: nothing to remember with
  }
}

/** What a page starts in can depend on: the address's `?lang=`, the remembered choice, the browser's languages. */
export type LanguageHints = { address: string | null; stored: string | null; browser: readonly string[] };

export type LanguageOptions<Lang extends string> = {
  /** The language to start in, from the hints (each app has its rule: Danish phones get Danish …). */
  initial(hints: LanguageHints): Lang;
  /** An address parameter that names the language (`lang`): read at start, rewritten on a switch, left out for `defaultLanguage`. */
  addressParameter?: string;
  defaultLanguage?: Lang;
  /** Keep `<html lang dir>` to the language (off where a page shell sets them itself). */
  setDocument?: boolean;
  storageKey?: string;
};

export type LanguageState<Lang extends string, Strings> = {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** The language's string table. */
  t: Strings;
  /** Switches language; `remember` (the default) keeps it on this device. */
  setLanguage(lang: Lang, remember?: boolean): void;
};

/**
 * One i18n mechanism for the browser apps: a typed string table per language (a missing text is
 * a type error, not an English word on a Somali page), a provider holding the chosen language,
 * and `useStrings()` giving the language, its direction and its table. The words stay with each
 * app; only the mechanism is shared.
 */
export function createLanguage<Lang extends string, Strings>(tables: Readonly<Record<Lang, Strings>>, options: LanguageOptions<Lang>) {
  const Context = createContext<LanguageState<Lang, Strings> | null>(null);
  const storageKey = options.storageKey ?? languageStorageKey;

  function LanguageProvider({ children }: { children: ReactNode }) {
    const [lang, setLang] = useState<Lang>(() =>
      options.initial({
        address: options.addressParameter ? new URLSearchParams(window.location.search).get(options.addressParameter) : null,
        stored: readStoredLanguage(storageKey),
        browser: navigator.languages ?? [navigator.language],
      }),
    );
    useEffect(() => {
      if (options.setDocument === false) return;
      document.documentElement.lang = lang;
      document.documentElement.dir = directionOf(lang);
    }, [lang]);
    const setLanguage = useCallback((next: Lang, remember = true) => {
      setLang(next);
      if (options.addressParameter) {
        // Only the address's language changes: the page stays, and so does whatever was typed.
        const url = new URL(window.location.href);
        if (next === options.defaultLanguage) url.searchParams.delete(options.addressParameter);
        else url.searchParams.set(options.addressParameter, next);
        window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
      }
      if (remember) storeLanguage(next, storageKey);
    }, []);
    const value = useMemo(() => ({ lang, dir: directionOf(lang), t: tables[lang], setLanguage }), [lang, setLanguage]);
    return <Context.Provider value={value}>{children}</Context.Provider>;
  }

  function useStrings(): LanguageState<Lang, Strings> {
    const state = useContext(Context);
    if (!state) throw new Error('useStrings outside its LanguageProvider');
    return state;
  }

  return { LanguageProvider, useStrings };
}
