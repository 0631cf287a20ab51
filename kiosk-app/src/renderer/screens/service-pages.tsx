import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Translator } from '../i18n/translate.js';
import { BackIcon } from '../icons/icons.js';
import { measureUnits, paginate } from './paginate.js';

/** `side-by-side`-capable whole list (as it shows when everything fits), or one column of units. */
export type ListLayout = 'whole' | 'stacked';

type RenderList = (options: { layout: ListLayout; only: readonly string[] | null; measuring: boolean }) => ReactNode;

type ServicePagesProps = {
  t: Translator;
  /**
   * Draws the list: `only` limits it to one page's services; `measuring` is the hidden copy the
   * pages are counted on (it must carry no ids or test ids).
   */
  renderList: RenderList;
  /**
   * Landscape: the whole list has its units side by side, and the page buttons go beside the
   * list rather than under it (its height is short already). Portrait: the whole list is already
   * one column of units, so one copy measures both layouts.
   */
  landscape: boolean;
};

/** What is shown: the whole list, the stacked list, or the stacked list a page at a time. */
type Shown = { layout: ListLayout; pages: string[][] | null };

const sameShown = (a: Shown, b: Shown) => a.layout === b.layout && JSON.stringify(a.pages) === JSON.stringify(b.pages);

/**
 * The services in the room the screen has for them. When they do not all fit (large text, reach
 * mode's lower half), they are split into pages of whole rows, with "more services" and "previous
 * page" as big buttons below (beside, in landscape) and "Page 1 of 2" between them: every service
 * is reachable and none is half hidden behind the footer. The pages are counted on a hidden copy
 * laid out exactly like the real list, again whenever anything changes its size (language, mode,
 * a wait, the window).
 */
export function ServicePages({ t, renderList, landscape }: ServicePagesProps) {
  const stackedIsWhole = !landscape;
  const frame = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const wholeCopy = useRef<HTMLDivElement>(null);
  const stackedCopy = useRef<HTMLDivElement>(null);
  const pagerCopy = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown>({ layout: 'whole', pages: null });
  const [page, setPage] = useState(0);
  const focusFirst = useRef(false);

  const count = useCallback(() => {
    const room = frame.current?.clientHeight ?? 0;
    const whole = wholeCopy.current?.firstElementChild;
    const stacked = (stackedIsWhole ? wholeCopy.current : stackedCopy.current)?.firstElementChild;
    if (room <= 0 || !(whole instanceof HTMLElement) || !(stacked instanceof HTMLElement)) return;
    let next: Shown = { layout: 'whole', pages: null };
    if (whole.offsetHeight > room + 1) {
      // The page buttons take a row under the list in portrait; in landscape a column beside it
      // (the stacked copy is laid out that much narrower).
      const pager = landscape ? 0 : (pagerCopy.current?.offsetHeight ?? 0) + (parseFloat(getComputedStyle(frame.current!).rowGap) || 0);
      const pages = paginate(measureUnits(stacked), room - pager);
      next = { layout: 'stacked', pages: pages.length > 1 ? pages : null };
    }
    setShown((previous) => (sameShown(previous, next) ? previous : next));
  }, [stackedIsWhole, landscape]);

  // Counted before the browser paints, after every render (a wait's words may take another line)…
  useLayoutEffect(count);
  // …and whenever the room or the copies change size without this component rendering.
  useEffect(() => {
    const observer = new ResizeObserver(count);
    for (const element of [frame.current, wholeCopy.current, stackedCopy.current]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [count]);

  const pageCount = shown.pages?.length ?? 1;
  const current = Math.min(page, pageCount - 1);

  // A page turned by its button: the focus goes to the page's first service, so a keyboard or
  // screen-reader user carries on from there (the button itself may have just been disabled).
  useLayoutEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    area.current?.querySelector<HTMLElement>('button')?.focus();
  }, [current]);
  const turnTo = (next: number) => {
    focusFirst.current = true;
    setPage(next);
  };

  return (
    <div className="service-pages" ref={frame} data-paged={shown.pages !== null} data-pages={pageCount} data-page={current + 1} data-testid="service-pages">
      <div className="service-area" ref={area}>
        {renderList({ layout: shown.layout, only: shown.pages ? shown.pages[current]! : null, measuring: false })}
      </div>
      {shown.pages && <Pager t={t} page={current} count={pageCount} onTurn={turnTo} />}
      {/* The copies the pages are counted on: laid out like the list, never seen, touched or read. */}
      <div className="service-copies" aria-hidden="true" inert>
        <div ref={wholeCopy}>{renderList({ layout: 'whole', only: null, measuring: true })}</div>
        {!stackedIsWhole && (
          <div ref={stackedCopy} className="stacked-copy">
            {renderList({ layout: 'stacked', only: null, measuring: true })}
          </div>
        )}
        <div ref={pagerCopy} className="pager-copy">
          <Pager t={t} page={0} count={9} onTurn={() => undefined} copy />
        </div>
      </div>
    </div>
  );
}

type PagerProps = { t: Translator; page: number; count: number; onTurn(page: number): void; copy?: boolean };

/** "Previous page · Page 1 of 2 · More services": big buttons, the way on the reading side. */
function Pager({ t, page, count, onTurn, copy = false }: PagerProps) {
  const testId = (id: string) => (copy ? undefined : id);
  return (
    <nav className="pager" aria-label={t.text('servicePages')}>
      <button type="button" className="big-button secondary pager-button" disabled={page === 0} onClick={() => onTurn(page - 1)} data-testid={testId('page-previous')}>
        <BackIcon className="pager-icon" />
        <span>{t.text('previousPage')}</span>
      </button>
      <p className="pager-status" aria-live={copy ? undefined : 'polite'} data-testid={testId('page-status')}>
        {t.text('pageOf', { page: page + 1, count })}
      </p>
      <button type="button" className="big-button primary pager-button" disabled={page >= count - 1} onClick={() => onTurn(page + 1)} data-testid={testId('page-next')}>
        <span>{t.text('nextPage')}</span>
        <BackIcon className="pager-icon pager-icon-next" />
      </button>
    </nav>
  );
}
