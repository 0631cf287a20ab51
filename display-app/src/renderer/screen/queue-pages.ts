/**
 * Paging of the queues under the calls: a busy centre has more queues than fit at a size read
 * from 5 m away, and none may silently drop off (the social centre and P/O did, on busy mornings).
 */

/**
 * How many queues one page holds: a row of four in landscape, two rows of two in portrait. More
 * rows would take the height the calls need (portrait tried three: only three earlier calls fit).
 */
export const queuesPerPage = 4;

/** How long each page stays up: time to find one's own service and read its figures. */
export const pageTurnMs = 8_000;

/**
 * `items` split into as few pages as `perPage` allows, filled evenly (10 in pages of 4 → 4, 3, 3,
 * not 4, 4, 2), so no page looks like the end of a list.
 */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
  if (items.length === 0) return [];
  const pageCount = Math.ceil(items.length / Math.max(1, perPage));
  const pages: T[][] = [];
  let start = 0;
  for (let page = 0; page < pageCount; page += 1) {
    // The first pages take the remainder: sizes differ by at most one.
    const size = Math.floor(items.length / pageCount) + (page < items.length % pageCount ? 1 : 0);
    pages.push(items.slice(start, start + size));
    start += size;
  }
  return pages;
}

/**
 * The page up at `now` (ms since the epoch, the server's clock): derived from the clock rather
 * than counted, so displays side by side turn together and a reload does not restart the turn.
 */
export function pageShownAt(now: number, pageCount: number): number {
  if (pageCount <= 1) return 0;
  return Math.floor(now / pageTurnMs) % pageCount;
}
