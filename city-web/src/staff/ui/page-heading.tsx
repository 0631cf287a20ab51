import { useEffect, useRef, type ReactNode } from 'react';

/** Set while a page is on its way after an in-app navigation (a lazily loaded page may not be there yet). */
let headingFocusPending = false;

/**
 * After moving to another page (or signing in), its heading takes focus, so a screen reader
 * says where one is and Tab goes on from the top of the page. Focuses the heading now if it is
 * there, else the next PageHeading to appear.
 */
export function focusPageHeading(): void {
  const heading = document.getElementById('main')?.querySelector<HTMLElement>('h1');
  if (heading) {
    heading.focus();
    headingFocusPending = false;
  } else {
    headingFocusPending = true;
  }
}

/** Asks the next page to appear to focus its heading (set before signing in). */
export function focusNextPageHeading(pending = true): void {
  headingFocusPending = pending;
}

/** A page's h1, which takes focus when the page appears after a navigation. */
export function PageHeading({ children, id }: { children: ReactNode; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!headingFocusPending) return;
    headingFocusPending = false;
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} id={id} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
