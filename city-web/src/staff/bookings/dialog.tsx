import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { bookingStrings as text } from './booking-strings.js';

type DialogProps = {
  title: string;
  /** A short line under the title, read with it. */
  description?: string;
  onClose(): void;
  /** What gets focus when the dialog opens; else the first thing that can take it. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
  className?: string;
};

/**
 * A modal dialog on the browser's own `<dialog>` (as the centre's staff app has it): it keeps
 * focus inside, makes the page behind inert and closes on Escape. Mounted to open, unmounted to
 * close; on close the browser gives focus back to where it was, and the caller may move it on.
 */
export function Dialog({ title, description, onClose, initialFocus, children, className }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  // Opened once when mounted; the initial focus is read then.
  const initialFocusAtMount = useRef(initialFocus);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    initialFocusAtMount.current?.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button quiet" onClick={() => onCloseRef.current()}>
          {text.close} <kbd>Esc</kbd>
        </button>
      </div>
      {description && (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}
