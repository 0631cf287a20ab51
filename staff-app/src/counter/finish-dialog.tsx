import { useRef, type KeyboardEvent } from 'react';
import { outcomes, type Outcome, type StaffTicket } from '@dintur/shared';
import type { ApiError } from '../api/api-error.js';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { choiceForKey } from './shortcuts.js';

/** Finishing a visit: one key (1–5) or one click per outcome; "resolved" has focus. */
export function FinishDialog({
  ticket,
  busy,
  error,
  onFinish,
  onClose,
}: {
  ticket: StaffTicket;
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
  return (
    <Dialog title={strings.finish.heading(ticket.number)} description={strings.finish.intro} onClose={onClose} initialFocus={first} className="finish-dialog">
      <div onKeyDown={onKeyDown}>
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
                onClick={() => onFinish(outcome)}
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
