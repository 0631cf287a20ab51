import type { ReactNode } from 'react';
import { strings } from '../strings.js';

/**
 * What the last action at the counter did, on screen until the next one: a transfer, a move to
 * this counter, a no-show or an outcome recorded. Screen readers hear the same words through the
 * app's live region when it happens, so this box is not a live region itself (it would be said
 * twice). While a no-show or finish can still be taken back, the "Fortryd" button and its
 * countdown stand beside the words.
 */
export function ActionNotice({ text, undoButton, secondsLeft }: { text: string | null; undoButton: ReactNode; secondsLeft: number }) {
  if (text === null) return null;
  return (
    <div className="action-notice" data-testid="action-notice">
      <p>
        <span className="action-notice-mark" aria-hidden="true">
          ✓
        </span>{' '}
        {text}
      </p>
      {undoButton && (
        <p className="undo-row">
          {undoButton}
          {/* The countdown changes every second: shown, not said (the announcement gave the time). */}
          <span className="undo-countdown" aria-hidden="true" data-testid="undo-countdown">
            {strings.counter.secondsLeft(secondsLeft)}
          </span>
        </p>
      )}
    </div>
  );
}
