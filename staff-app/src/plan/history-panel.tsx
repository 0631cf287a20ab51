import type { PlanView } from '@dintur/shared';
import { planStrings } from './plan-strings.js';

const text = planStrings;

/** What the forecast rests on: how many past days of the weekday, the thin spots, and the day's bookings. */
export function HistoryPanel({ view }: { view: PlanView }) {
  const history = view.history;
  return (
    <section className="plan-history" aria-labelledby="plan-history-heading" data-testid="history">
      <h2 id="plan-history-heading">{text.history.heading}</h2>
      <ul>
        <li data-testid="history-days">{text.history.days(history.days, view.date, history.from, history.to)}</li>
        <li data-testid="bookings">{text.bookings(view.bookings)}</li>
        {history.noShowShare.source === 'history' && <li>{text.history.noShow(history.noShowShare.value, history.noShowShare.samples)}</li>}
        {history.notes.map((note) => (
          <li key={note} className="plan-note">
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}
