import type { DisplayCall } from '@dintur/shared';
import { useRef } from 'react';
import { useRowsThatFit } from './fit-rows.js';
import { clockTime } from '@dintur/web';
import { spacedNumber } from './format.js';
import { SecondLine } from './second-line.js';
import { strings, type Strings } from './strings.js';

type RecentCallsProps = { calls: DisplayCall[]; timeZone: string; second: Strings | null };

/**
 * Every known call but the one on the big slot, newest first: a citizen who looked away can still
 * find their number, and a call waiting for the big slot is here the moment it is made.
 */
export function RecentCalls({ calls, timeZone, second }: RecentCallsProps) {
  const da = strings.da;
  const listRef = useRef<HTMLOListElement>(null);
  useRowsThatFit(listRef);
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="section-label">
        {da.recentCalls} <SecondLine text={second?.recentCalls} />
      </h2>
      <ol className="recent-list" data-testid="recent-calls" ref={listRef}>
        {calls.map((call) => (
          <li className="recent-row" key={call.eventId} data-testid="recent-call" data-number={call.number} data-event-id={call.eventId}>
            <span className="recent-number">{spacedNumber(call.number)}</span>
            <span className="arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{da.to} </span>
            <span className="recent-counter">{call.counterName}</span>
            <span className="recent-meta">
              {call.recall && (
                <span className="badge badge-small">
                  <span aria-hidden="true">↻ </span>
                  {da.calledAgain}
                </span>
              )}
              <span className="called-at">
                {da.at} {clockTime(Date.parse(call.calledAt), timeZone)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
