import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/*
 * A router of forty lines on the History API, not a router library: the apps route a handful of
 * paths each with their own small `routeOf(pathname)` functions (typed, unit-tested), and need
 * only "what is the address" and "go there without reloading".
 */

/** Fired on window after the app changes the address itself (pushState fires no event). */
const navigationEvent = 'dintur:navigate';

/** Changes the page without reloading (History API); every `useLocation` re-renders. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === `${window.location.pathname}${window.location.search}`) return;
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(navigationEvent));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(navigationEvent, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(navigationEvent, listener);
  };
}

// A string snapshot, so React sees a change only when the address really changed.
const readLocation = () => `${window.location.pathname}${window.location.search}`;

export type Location = { pathname: string; search: URLSearchParams };

/** "/book/ABC?lang=en" → its path and its query. */
export function splitLocation(location: string): Location {
  const queryStart = location.indexOf('?');
  return queryStart < 0
    ? { pathname: location, search: new URLSearchParams() }
    : { pathname: location.slice(0, queryStart), search: new URLSearchParams(location.slice(queryStart)) };
}

/** The current path and query, following back/forward and `navigate`. */
export function useLocation(): Location {
  return splitLocation(useSyncExternalStore(subscribe, readLocation));
}

/** Whether a click is the plain one a link follows inside the app (a modifier or another button opens a tab: the browser's). */
export function isPlainClick(event: Pick<MouseEvent, 'defaultPrevented' | 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link that navigates inside the app; a click with a modifier (new tab) is left to the browser. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

/** Replaces the address once rendered (a page that belongs elsewhere now). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
