import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Fired on window after the app changes the URL itself (pushState fires no event). */
const navigationEvent = 'dintur:navigate';

/** Changes the page without reloading: History API, then every `useLocation` re-renders. */
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

/** The current path and query, following back/forward and `navigate`. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const location = useSyncExternalStore(subscribe, readLocation);
  const queryStart = location.indexOf('?');
  return queryStart < 0
    ? { pathname: location, search: new URLSearchParams() }
    : { pathname: location.slice(0, queryStart), search: new URLSearchParams(location.slice(queryStart)) };
}

/** A link that navigates inside the app; a click with a modifier (new tab) is left to the browser. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={follow} {...rest} />;
}
