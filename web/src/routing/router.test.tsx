import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { isPlainClick, Link, navigate, splitLocation } from './router.js';

const plain = { defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

/**
 * A stand-in for the browser's window and history (Node has none): the same calls a page makes,
 * recorded. The router in a real page is exercised by every app's browser tests.
 */
function fakeWindow(start: string) {
  const events: string[] = [];
  const history: { kind: string; href: string }[] = [];
  const location = splitLocation(start);
  const window = {
    location: { pathname: location.pathname, search: location.search.size ? `?${location.search}` : '' },
    history: {
      pushState: (_state: unknown, _title: string, href: string) => history.push({ kind: 'push', href }),
      replaceState: (_state: unknown, _title: string, href: string) => history.push({ kind: 'replace', href }),
    },
    dispatchEvent: (event: Event) => events.push(event.type),
  };
  Object.assign(globalThis, { window });
  return { events, history };
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('the router', () => {
  it('splits an address into its path and query', () => {
    expect(splitLocation('/book/ABCD1234/move?lang=en&day=2026-11-24')).toMatchObject({ pathname: '/book/ABCD1234/move' });
    expect(splitLocation('/book?lang=en').search.get('lang')).toBe('en');
    expect(splitLocation('/waits').search.size).toBe(0);
  });

  it('pushes a new address, replaces on request, and does nothing for the address it is at', () => {
    const { events, history } = fakeWindow('/book?lang=en');
    navigate('/book/find');
    navigate('/book/ABCD1234', { replace: true });
    navigate('/book?lang=en');
    expect(history).toEqual([
      { kind: 'push', href: '/book/find' },
      { kind: 'replace', href: '/book/ABCD1234' },
    ]);
    expect(events).toEqual(['dintur:navigate', 'dintur:navigate']);
  });

  it('follows a plain click itself and leaves a click that opens a tab to the browser', () => {
    expect(isPlainClick(plain)).toBe(true);
    expect(isPlainClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainClick({ ...plain, defaultPrevented: true })).toBe(false);
  });

  it('draws a link as a real anchor, so it works without script and opens in a new tab', () => {
    expect(renderToStaticMarkup(<Link href="/book/find" className="button">Find</Link>)).toBe('<a href="/book/find" class="button">Find</a>');
  });
});
