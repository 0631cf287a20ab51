import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { containsCpr } from '@dintur/shared';
import type { ApiError } from '@dintur/web';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { choiceForKey } from './shortcuts.js';

/** Pausing the counter with a reason: a common one by key (1–4), or one's own words. */
export function PauseDialog({ busy, error, onPause, onClose }: { busy: boolean; error: ApiError | null; onPause(reason: string): void; onClose(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  const [other, setOther] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reasons = strings.pause.reasons;
  // The server's refusal of the reason is said at the field too (in Danish: never the server's words).
  const refused = problem ? undefined : error?.issues.find((issue) => issue.path === 'body.reason');

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement) return;
    const choice = choiceForKey(event, reasons.length);
    if (choice === null || busy) return;
    event.preventDefault();
    onPause(reasons[choice]!);
  };
  const submitOther = (event: FormEvent) => {
    event.preventDefault();
    if (!other.trim()) {
      setProblem(strings.pause.missingReason);
      return;
    }
    // The reason is shown on the centre's screens and kept in its log: never a CPR number.
    if (containsCpr(other)) {
      setProblem(strings.pause.cprInReason);
      return;
    }
    setProblem(null);
    onPause(other.trim());
  };

  return (
    <Dialog title={strings.pause.heading} description={strings.pause.intro} onClose={onClose} initialFocus={first}>
      <div onKeyDown={onKeyDown}>
        <ul className="choice-list">
          {reasons.map((reason, index) => (
            <li key={reason}>
              <button
                type="button"
                ref={index === 0 ? first : undefined}
                className="button choice"
                aria-disabled={busy || undefined}
                aria-keyshortcuts={String(index + 1)}
                onClick={() => onPause(reason)}
              >
                <kbd aria-hidden="true">{index + 1}</kbd> <span>{reason}</span>
              </button>
            </li>
          ))}
        </ul>
        <form className="inline-form" onSubmit={submitOther} noValidate>
          <label htmlFor="pause-other">{strings.pause.other}</label>
          <input
            id="pause-other"
            value={other}
            maxLength={120}
            onChange={(event) => setOther(event.target.value)}
            aria-invalid={problem || refused ? true : undefined}
            aria-describedby={problem || refused ? 'pause-other-error' : undefined}
          />
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {strings.pause.start}
          </button>
          {(problem || refused) && (
            <p className="field-error" id="pause-other-error">
              {problem ?? strings.pause.refusedReason}
            </p>
          )}
        </form>
        <ErrorText error={error} />
      </div>
    </Dialog>
  );
}
