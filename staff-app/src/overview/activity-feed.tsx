import { clockTime } from '@dintur/web';
import { strings } from '../strings.js';
import { describeEntry, type Names } from './activity.js';
import { overviewStrings as text } from './overview-strings.js';
import type { ActivityView } from './use-activity.js';

/**
 * "Seneste hændelser": the day's newest events, who did what named. The log region is put in the
 * page only once the earlier events are in, so a screen reader reads what happens from then on,
 * not the whole list at once.
 */
export function ActivityFeed({ activity, names, timeZone }: { activity: ActivityView; names: Names; timeZone: string }) {
  const { feed, state } = activity;
  return (
    <section aria-labelledby="events-heading" className="happenings">
      <h2 id="events-heading">{strings.overview.eventsHeading}</h2>
      {state === 'loading' ? (
        <p className="subtle">{text.feedLoading}</p>
      ) : (
        <>
          {state === 'failed' && <p className="subtle">{text.feedFailed}</p>}
          <div role="log" aria-live="polite" aria-relevant="additions" data-testid="happenings">
            {feed.length === 0 ? (
              <p className="subtle">{strings.overview.noEvents}</p>
            ) : (
              <ol>
                {feed.map((entry) => (
                  <li key={entry.event.id} data-event={entry.event.id}>
                    <span className="subtle">{clockTime(entry.event.at, timeZone)}</span> {describeEntry(entry, names)}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </section>
  );
}
