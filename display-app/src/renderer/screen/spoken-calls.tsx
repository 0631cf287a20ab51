import type { DisplayCall } from '@dintur/shared';
import { spokenCall } from './format.js';
import { strings } from './strings.js';

/**
 * For screen readers: each announced call as one sentence, added to a log region so that two
 * calls at once are both read. Visually hidden; the screen shows the same calls large.
 */
export function SpokenCalls({ calls }: { calls: { eventId: number; call: DisplayCall }[] }) {
  return (
    <div className="visually-hidden" role="log" aria-live="polite" aria-label={strings.da.callsForScreenReaders} data-testid="spoken-calls">
      {calls.map(({ eventId, call }) => (
        <p key={eventId}>{spokenCall(call)}</p>
      ))}
    </div>
  );
}
