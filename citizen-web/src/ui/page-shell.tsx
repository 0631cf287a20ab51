import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useLanguage } from '../i18n/language.js';

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

/** The frame of every page: skip link, the unit's or site's name, the centre's, the language switch, the main area. */
export function PageShell({ centreName, children }: { centreName: string | null; children: ReactNode }) {
  const { t, lang, setLanguage } = useLanguage();
  const [unitName, setUnitName] = useState<string | null>(null);
  const other = lang === 'da' ? 'en' : 'da';
  return (
    <>
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
          <button type="button" className="language-switch" lang={other} onClick={() => setLanguage(other)}>
            {t.otherLanguage}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <HeaderUnit.Provider value={setUnitName}>{children}</HeaderUnit.Provider>
      </main>
    </>
  );
}

/**
 * The page's heading, focused when the page appears, so a screen reader announces the new page
 * after an in-app navigation just as after a page load.
 */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useLanguage();
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
  const { t } = useLanguage();
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
  const { t } = useLanguage();
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
