import type { DisplayCall } from '@dintur/shared';
import { fittedFontSize } from './fit-text.js';
import { clockTime } from '@dintur/web';
import { spacedNumber } from './format.js';
import { SecondLine } from './second-line.js';
import { strings, type Strings } from './strings.js';

type CurrentCallProps = {
  call: DisplayCall | undefined;
  /** True for a few seconds after the call was announced: the panel draws the eye. */
  attention: boolean;
  timeZone: string;
  second: Strings | null;
};

/** The call on the big slot (live/call-stage.ts), as large as its box allows: "A 42 → Skranke 3". */
export function CurrentCall({ call, attention, timeZone, second }: CurrentCallProps) {
  const da = strings.da;
  return (
    <section className="current" data-attention={attention} aria-labelledby="current-heading" data-testid="current-call">
      <h2 id="current-heading" className="section-label">
        {da.number} <SecondLine text={second?.number} />
      </h2>
      {call ? (
        // Keyed by the call, so the highlight's animation starts again for every new call.
        <div className="current-body" key={call.eventId} data-number={call.number} data-event-id={call.eventId}>
          <p className="current-number" data-testid="current-number" style={{ fontSize: fittedFontSize(spacedNumber(call.number), 'min(27vmin, 50cqh)') }}>
            {spacedNumber(call.number)}
          </p>
          <p className="current-counter" style={{ fontSize: fittedFontSize(`→ ${call.counterName}`, 'min(10.5vmin, 19cqh)') }}>
            <span className="arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{da.to} </span>
            <span data-testid="current-counter">{call.counterName}</span>
          </p>
          <p className="current-meta">
            {attention && (
              <span className="badge badge-new">
                {call.recall ? da.calledAgain : da.newCall} <SecondLine text={call.recall ? second?.calledAgain : second?.newCall} />
              </span>
            )}
            {!attention && call.recall && (
              <span className="badge">
                {da.calledAgain} <SecondLine text={second?.calledAgain} />
              </span>
            )}
            <span className="called-at">
              {da.at} {clockTime(Date.parse(call.calledAt), timeZone)}
            </span>
          </p>
        </div>
      ) : (
        <p className="no-calls">
          {da.noCallsYet} <SecondLine text={second?.noCallsYet} />
        </p>
      )}
    </section>
  );
}
