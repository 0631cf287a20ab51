import { createContext, useContext, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLanguage, useTrackingLanguage } from '../i18n/language.js';
import { directionOf, isTrackingLanguage, trackingLanguages, trackingStrings, type TrackingStrings } from '../i18n/tracking-strings.js';

/**
 * Which languages the page around the shell speaks: the booking pages Danish and English, the
 * tracking page every kiosk language.
 */
export type PageLanguages = 'booking' | 'tracking';

const ShellLanguages = createContext<PageLanguages>('booking');

/** The words the shell and its shared parts (loading, errors, asking first) say, in the page's languages. */
export type ShellStrings = Pick<TrackingStrings, 'lang' | 'siteName' | 'skipToContent' | 'loading' | 'tryAgain' | 'networkError'>;

/** The shell's words in the language of the page it frames (`languages`: the shell itself, outside its own context). */
export function useShellStrings(languages?: PageLanguages): ShellStrings {
  const around = useContext(ShellLanguages);
  const booking = useLanguage().t;
  const tracking = useTrackingLanguage().t;
  return (languages ?? around) === 'tracking' ? tracking : booking;
}

const HeaderUnit = createContext<(name: string | null) => void>(() => undefined);

/**
 * While a page about one unit's matter shows (a ticket, an appointment), the header names that
 * unit ("Socialcenter") instead of the site's name: a joint centre is not all Borgerservice.
 */
export function useHeaderUnit(name: string | null): void {
  const setName = useContext(HeaderUnit);
  // Before the browser paints, so the header never shows the site's name first.
  useLayoutEffect(() => {
    setName(name);
    return () => setName(null);
  }, [name, setName]);
}

/**
 * The frame of every page: skip link, the unit's or site's name, the centre's, the language
 * switch, the main area. It sets `<html lang dir>`: Arabic and Urdu read right to left.
 */
export function PageShell({ centreName, languages, children }: { centreName: string | null; languages: PageLanguages; children: ReactNode }) {
  const t = useShellStrings(languages);
  const [unitName, setUnitName] = useState<string | null>(null);
  const dir = directionOf(t.lang);
  useLayoutEffect(() => {
    document.documentElement.lang = t.lang;
    document.documentElement.dir = dir;
  }, [t.lang, dir]);
  return (
    <ShellLanguages.Provider value={languages}>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="site-title">
            <span className="site-name" data-testid="site-name">
              {unitName ?? t.siteName}
            </span>
            {centreName && <span className="centre-name">{centreName}</span>}
          </p>
          {languages === 'tracking' ? <LanguageMenu /> : <LanguageToggle />}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <HeaderUnit.Provider value={setUnitName}>{children}</HeaderUnit.Provider>
      </main>
    </ShellLanguages.Provider>
  );
}

/** The booking pages: one button to the other of Danish and English. */
function LanguageToggle() {
  const { t, lang, setLanguage } = useLanguage();
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <button type="button" className="language-switch" lang={other} onClick={() => setLanguage(other)}>
      {t.otherLanguage}
    </button>
  );
}

/**
 * The tracking page: every kiosk language, each by its own name, in a native select (the
 * phone's own picker: large targets, read out by screen readers). The choice is remembered.
 */
function LanguageMenu() {
  const { t, lang, setLanguage } = useTrackingLanguage();
  const id = useId();
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t.chooseLanguage}</label>
      <select
        id={id}
        className="language-select"
        value={lang}
        onChange={(event) => isTrackingLanguage(event.target.value) && setLanguage(event.target.value)}
        data-testid="language-menu"
      >
        {trackingLanguages.map((code) => (
          <option key={code} value={code} lang={code} dir={directionOf(code)}>
            {trackingStrings[code].languageName}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The page's heading, focused when the page appears, so a screen reader announces the new page
 * after an in-app navigation just as after a page load.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useShellStrings();
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  // The tab's title names the page too (a tracking page sets its own, live).
  useEffect(() => {
    if (typeof children === 'string') document.title = `${children} – ${t.siteName}`;
  }, [children, t]);
  return (
    <h1 ref={heading} tabIndex={-1} id={id}>
      {children}
    </h1>
  );
}

/** "Trin 2 af 3" over a heading. */
export function StepLabel({ step, of }: { step: number; of: number }) {
  const { t } = useLanguage();
  return <p className="step-label">{t.stepOf(step, of)}</p>;
}

/** Something went wrong: said at once to screen readers, with a way to try again. */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const t = useShellStrings();
  return (
    <div className="panel panel-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t.tryAgain}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const t = useShellStrings();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

/** A ref that focuses its element once, when it appears (a confirmation's question). */
export function useFocusOnMount<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
