import { useRef, type KeyboardEvent } from 'react';
import { outcomes, type Outcome, type StaffTicket } from '@dintur/shared';
import type { ApiError } from '@dintur/web';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { choiceForKey } from './shortcuts.js';

/** After finishing, who is called: nobody, the next in turn, or one ticket out of order. */
export type ThenCall = { kind: 'next' } | { kind: 'ticket'; ticket: StaffTicket } | null;

/**
 * Finishing a visit: one key (1–5) or one click per outcome; "resolved" has focus, so Enter takes
 * it. With `then`, the next citizen is called once the outcome is chosen: "next" while a citizen
 * is served asks this first rather than recording "resolved" on one stray key (Esc changes nothing).
 */
export function FinishDialog({
  ticket,
  then = null,
  busy,
  error,
  onFinish,
  onClose,
}: {
  ticket: StaffTicket;
  then?: ThenCall;
  busy: boolean;
  error: ApiError | null;
  onFinish(outcome: Outcome): void;
  onClose(): void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const choice = choiceForKey(event, outcomes.length);
    if (choice === null || busy) return;
    event.preventDefault();
    onFinish(outcomes[choice]!);
  };
  const title =
    then === null
      ? strings.finish.heading(ticket.number)
      : then.kind === 'next'
        ? strings.finish.headingThenNext(ticket.number)
        : strings.finish.headingThenCall(ticket.number, then.ticket.number);
  return (
    <Dialog
      title={title}
      description={then === null ? strings.finish.intro : strings.finish.introThenCall}
      onClose={onClose}
      initialFocus={first}
      className="finish-dialog"
    >
      <div onKeyDown={onKeyDown} data-then={then?.kind ?? 'none'}>
        <ul className="choice-list" data-testid="outcomes">
          {outcomes.map((outcome, index) => (
            <li key={outcome}>
              <button
                type="button"
                ref={index === 0 ? first : undefined}
                className="button choice"
                data-outcome={outcome}
                aria-disabled={busy || undefined}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => !busy && onFinish(outcome)}
              >
                <kbd aria-hidden="true">{index + 1}</kbd> <span>{strings.outcomes[outcome]}</span>
              </button>
            </li>
          ))}
        </ul>
        <ErrorText error={error} />
      </div>
    </Dialog>
  );
}
