import { useEffect, useRef } from 'react';
import type { Translator } from '../i18n/translate.js';

/**
 * "Are you still there?" after a minute untouched. The button is the clear answer; a tap anywhere
 * else on the dimmed screen answers it too (the tap lands on the backdrop, never on the inert
 * screen behind it). Modal: the screen behind is inert meanwhile.
 */
export function StillThereDialog({ t, onContinue }: { t: Translator; onContinue(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    // The backdrop's click is for touch only; keyboard and screen-reader users have the button.
    <div className="dialog-backdrop" onClick={onContinue}>
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="still-there-title" aria-describedby="still-there-body" data-testid="still-there">
        <h2 className="dialog-title" id="still-there-title">
          {t.text('stillThereTitle')}
        </h2>
        <p className="dialog-body" id="still-there-body">
          {t.text('stillThereBody')}
        </p>
        <button ref={button} type="button" className="big-button primary" onClick={onContinue} data-testid="still-here">
          {t.text('stillThereContinue')}
        </button>
      </div>
    </div>
  );
}
