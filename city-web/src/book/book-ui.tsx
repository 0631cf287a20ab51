import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { citizenErrorMessage } from '@dintur/shared';
import { ApiError, Link, navigate } from '@dintur/web';
import { appointmentParts } from './book-format.js';
import { useBookLanguage } from './book-language.js';
import type { Strings } from './book-strings.js';

/**
 * What to tell the citizen about a failed request, in the page's language: no connection, the
 * page's own words for "not found", or the shared sentence for the refusal's code — never the
 * hub's own words (English, written for developers).
 */
export function messageOf(error: unknown, t: Strings, notFound?: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'network' || error.code === 'unexpected-response' || error.status >= 500) return t.networkError;
    if (error.status === 404 && notFound) return notFound;
    return citizenErrorMessage(error.code, t.lang);
  }
  return t.networkError;
}

/**
 * The page's heading, focused when the page appears, so a screen reader announces the new page
 * after an in-app navigation just as after a page load; the tab's title names the page too.
 */
export function PageHeading({ children }: { children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useBookLanguage();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${children} – ${t.siteName}`;
  }, [children, t]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** "Trin 2 af 3" over a heading. */
export function StepLabel({ step, of }: { step: number; of: number }) {
  const { t } = useBookLanguage();
  return <p className="step-label">{t.stepOf(step, of)}</p>;
}

/** Something went wrong: said at once to screen readers, with a way to try again. */
export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useBookLanguage();
  return (
    <div className="panel panel-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t.tryAgain}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useBookLanguage();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

/** A link back a step, with its arrow hidden from screen readers. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link className="back-link" href={href}>
      <span aria-hidden="true">←&nbsp;</span>
      {children}
    </Link>
  );
}

export type AskFirstTexts = { ask: string; question: string; consequence: string; confirm: string; confirming: string; keep: string };

/**
 * A step that cannot be undone (cancel an appointment), asked first, in place: a mistaken tap
 * costs nothing. `action` runs on confirm; a failure is shown beside the buttons.
 */
export function AskFirst({ texts, action }: { texts: AskFirstTexts; action(): Promise<void> }) {
  const { t } = useBookLanguage();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);
  useEffect(() => {
    // "Keep it" gives the focus back to where the question came from.
    if (!asking && reopened.current) askButton.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" ref={askButton} className="button button-danger-outline" onClick={() => setAsking(true)}>
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
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            reopened.current = true;
            setAsking(false);
          }}
        >
          {texts.keep}
        </button>
      </div>
    </div>
  );
}

/** The question of a confirmation, focused when it appears so the screen reader reads it. */
function FocusedQuestion({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={id} className="confirm-question" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}

/** Sends the page elsewhere once it has rendered (an appointment that cannot be moved any more). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

/** An appointment's day and times, the times never split over two lines ("09.30–" / "09.45"). */
export function AppointmentTime({ start, end, timeZone }: { start: string; end: string; timeZone: string }) {
  const { lang } = useBookLanguage();
  const { day, between, span } = appointmentParts(start, end, lang, timeZone);
  return (
    <>
      {day}
      {between}
      <span className="nowrap">{span}</span>
    </>
  );
}
