import { clockTime } from '@dintur/web';
import { dayAndDate } from './format.js';

/** The time and date in the centre's time zone, by the server's clock. */
export function Clock({ instant, timeZone }: { instant: number; timeZone: string }) {
  return (
    <div className="clock">
      <time className="clock-time" dateTime={new Date(instant).toISOString()} data-testid="clock">
        {clockTime(instant, timeZone)}
      </time>
      <span className="clock-date">{dayAndDate(instant, timeZone)}</span>
    </div>
  );
}
