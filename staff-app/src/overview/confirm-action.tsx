import { useRef } from 'react';
import { Dialog } from '../ui/dialog.js';
import { overviewStrings as text } from './overview-strings.js';

/** An action on another unit's counter or service, waiting for the leader's yes. */
export type PendingAction = { title: string; description: string; confirmLabel: string; run(): void };

/**
 * Asks before a leader acts on another unit's counter or service. Focus starts on "Fortryd", so
 * a stray Enter changes nothing; Escape is "Fortryd" too.
 */
export function ConfirmAction({ action, onDone }: { action: PendingAction; onDone(confirmed: boolean): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={action.title} description={action.description} onClose={() => onDone(false)} initialFocus={keep}>
      <div className="dialog-actions">
        <button
          type="button"
          className="button danger"
          data-testid="confirm-action"
          onClick={() => {
            onDone(true);
            action.run();
          }}
        >
          {action.confirmLabel}
        </button>
        <button type="button" className="button" ref={keep} onClick={() => onDone(false)}>
          {text.keepAsIs}
        </button>
      </div>
    </Dialog>
  );
}
