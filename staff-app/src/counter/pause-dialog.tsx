import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ApiError } from '../api/api-error.js';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { choiceForKey } from './shortcuts.js';

/** Pausing the counter with a reason: a common one by key (1–4), or one's own words. */
export function PauseDialog({ busy, error, onPause, onClose }: { busy: boolean; error: ApiError | null; onPause(reason: string): void; onClose(): void }) {
  const first = useRef<HTMLButtonElement>(null);
  const [other, setOther] = useState('');
  const [missing, setMissing] = useState(false);
  const reasons = strings.pause.reasons;

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
      setMissing(true);
      return;
    }
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
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? 'pause-other-error' : undefined}
          />
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {strings.pause.start}
          </button>
          {missing && (
            <p className="field-error" id="pause-other-error">
              {strings.pause.missingReason}
            </p>
          )}
        </form>
        <ErrorText error={error} />
      </div>
    </Dialog>
  );
}
