import { useId, useState } from 'react';
import { messageOf } from './errors.js';
import { useFocusOnMount, useShellStrings } from './page-shell.js';

export type AskFirstTexts = {
  /** The button that opens the question ("Aflys tiden"). */
  ask: string;
  question: string;
  consequence: string;
  confirm: string;
  /** The confirm button's text while the request runs. */
  confirming: string;
  /** The button that closes the question and keeps things as they are. */
  keep: string;
};

/**
 * A step that cannot be undone (cancel an appointment, give up a place), asked first, in place: a
 * mistaken tap costs nothing. `action` runs on confirm; a failure is shown beside the buttons.
 */
export function AskFirst({ texts, action, askClassName = '' }: { texts: AskFirstTexts; action(): Promise<void>; askClassName?: string }) {
  const t = useShellStrings();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" className={`button button-danger-outline ${askClassName}`.trim()} onClick={() => setAsking(true)}>
        {texts.ask}
      </button>
    );
  }
  const confirm = async () => {
    if (sending) return;
    setSending(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setSending(false);
      setFailure(messageOf(error, t));
    }
  };
  return (
    <div className="confirm-panel" role="group" aria-labelledby={`${id}-question`}>
      <FocusedQuestion id={`${id}-question`}>{texts.question}</FocusedQuestion>
      <p>{texts.consequence}</p>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-danger" onClick={confirm} aria-disabled={sending}>
          {sending ? texts.confirming : texts.confirm}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {texts.keep}
        </button>
      </div>
    </div>
  );
}

/** The question of a confirmation, focused when it appears so the screen reader reads it. */
function FocusedQuestion({ id, children }: { id: string; children: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h2 id={id} className="confirm-question" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
