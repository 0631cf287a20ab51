import { useEffect, useLayoutEffect, type RefObject } from 'react';

/**
 * Marks each child of `list` with `data-fits`: "true" when it lies wholly inside the list's box.
 * The stylesheet hides the others, so a row is never shown cut in half, whatever the screen's
 * orientation, the second language or the height the queues below take.
 */
function markRowsThatFit(list: HTMLElement): void {
  const bottom = list.getBoundingClientRect().bottom;
  for (const row of list.children) {
    if (row instanceof HTMLElement) row.dataset.fits = String(row.getBoundingClientRect().bottom <= bottom + 0.5);
  }
}

/** Keeps `data-fits` true after every render and every change of the list's size. */
export function useRowsThatFit(listRef: RefObject<HTMLElement | null>): void {
  // After every render: rows come and go with each call. Set on the DOM, not in state, so it costs no second render.
  useLayoutEffect(() => {
    if (listRef.current) markRowsThatFit(listRef.current);
  });
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => markRowsThatFit(list));
    observer.observe(list);
    return () => observer.disconnect();
  }, [listRef]);
}
