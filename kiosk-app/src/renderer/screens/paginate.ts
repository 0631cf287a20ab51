/** One row of a unit's grid of services, as laid out: its top and bottom (px) and its services. */
export type MeasuredRow = { top: number; bottom: number; serviceIds: string[] };

/** A unit as laid out in one column of units: where its section (heading first) starts, and its rows. */
export type MeasuredUnit = { sectionTop: number; rows: MeasuredRow[] };

/**
 * Splits the services into pages of at most `capacity` px each, whole rows only, in order. A page
 * that starts inside a unit repeats its heading, so its height counts the heading once more. A
 * row taller than a page gets a page of its own (it then scrolls; nothing is ever left out).
 */
export function paginate(units: readonly MeasuredUnit[], capacity: number): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let pageTop = 0;
  let repeatedHeading = 0;
  for (const unit of units) {
    const [first] = unit.rows;
    if (!first) continue;
    const headingHeight = first.top - unit.sectionTop;
    unit.rows.forEach((row, index) => {
      // The page's first row starts at its unit's heading (the heading itself, or its repetition).
      const startPage = () => {
        pageTop = index === 0 ? unit.sectionTop : row.top;
        repeatedHeading = index === 0 ? 0 : headingHeight;
      };
      if (current.length === 0) startPage();
      else if (row.bottom - pageTop + repeatedHeading > capacity) {
        pages.push(current);
        current = [];
        startPage();
      }
      current.push(...row.serviceIds);
    });
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/**
 * Reads a laid-out list of units: each `[data-unit]` section, its `[data-measure-service]` items
 * grouped into rows by their top edge. Positions are relative to the list's own top.
 */
export function measureUnits(list: HTMLElement): MeasuredUnit[] {
  const origin = list.getBoundingClientRect().top;
  return [...list.querySelectorAll<HTMLElement>('[data-unit]')].map((section) => {
    const rows: MeasuredRow[] = [];
    for (const item of section.querySelectorAll<HTMLElement>('[data-measure-service]')) {
      const box = item.getBoundingClientRect();
      const top = Math.round(box.top - origin);
      const bottom = Math.round(box.bottom - origin);
      const row = rows.find((candidate) => candidate.top === top);
      if (row) {
        row.bottom = Math.max(row.bottom, bottom);
        row.serviceIds.push(item.dataset.measureService ?? '');
      } else {
        rows.push({ top, bottom, serviceIds: [item.dataset.measureService ?? ''] });
      }
    }
    return { sectionTop: Math.round(section.getBoundingClientRect().top - origin), rows };
  });
}
