import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { finalTicketStatuses, internationalPhone, type Tracking, type TrackingSms } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { useTrackingLanguage } from '../i18n/language.js';
import type { TrackingStrings } from '../i18n/tracking-strings.js';
import { messageOf } from '../ui/errors.js';

/** A refused or failed request in the page's words. */
function problemOf(error: unknown, t: TrackingStrings): string {
  if (!(error instanceof ApiError)) return t.networkError;
  if (error.status === 429) return t.smsTooMany;
  if (error.code === 'sms-off') return t.smsOff;
  if (error.code === 'invalid-state') return t.smsEnded;
  if (error.code === 'sms-limit') {
    return error.details.limit === 'tickets-per-number' ? t.smsLimitNumber(Number(error.details.max ?? 3)) : t.smsLimitTicket;
  }
  return messageOf(error, t);
}

/**
 * "Text me": a walk-in gives a mobile number and is told by SMS when a few are ahead and when it
 * is their turn (server/src/engine/ticket-sms.ts). Offered only while the ticket waits and the
 * centre sends SMS; the confirmation names the number masked, is said by screen readers (a live
 * region), and lets the citizen stop. The SMS come in the page's language: the ticket's, unless
 * the citizen switched the page to another.
 */
export function SmsOptIn({ trackingCode, tracking, onChange }: { trackingCode: string; tracking: Tracking; onChange(): void }) {
  const { t, lang } = useTrackingLanguage();
  const id = useId();
  const [phone, setPhone] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // The answer to our own request, until the followed ticket says the same.
  const [answered, setAnswered] = useState<TrackingSms | null>(null);
  const [stopped, setStopped] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const stop = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'stop' | 'input' | null>(null);
  const sms = answered ?? tracking.sms;
  useEffect(() => setAnswered(null), [tracking.sms?.phone]);
  useEffect(() => {
    if (focusNext.current === 'stop') stop.current?.focus();
    if (focusNext.current === 'input') input.current?.focus();
    focusNext.current = null;
  });

  const ended = finalTicketStatuses.includes(tracking.status);
  const offer = sms?.available === true && sms.phone === null && tracking.status === 'waiting';
  const confirmed = sms?.phone != null && !ended;
  if (!sms || (!offer && !confirmed && !stopped)) return null;

  /** Sends a request; true when it was done. Focus goes where the citizen goes on (the form is replaced). */
  const send = async (request: () => Promise<Tracking>, after: 'stop' | 'input'): Promise<boolean> => {
    setSending(true);
    setFailure(null);
    try {
      const answer = await request();
      setAnswered(answer.sms ?? null);
      focusNext.current = after;
      onChange();
      return true;
    } catch (error) {
      // A number the server refused is said at its field, like one refused here.
      if (error instanceof ApiError && error.status === 400) setInvalid(true);
      else setFailure(problemOf(error, t));
      if (after === 'stop') focusNext.current = 'input';
      return false;
    } finally {
      setSending(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (internationalPhone(phone) === null) {
      setInvalid(true);
      setFailure(null);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    setStopped(false);
    // The page's language: the ticket's (Polish SMS for a Polish ticket), unless the citizen chose another.
    await send(() => call('optInToTicketSms', { params: { trackingCode }, body: { phone, lang } }), 'stop');
  };
  const optOut = async () => {
    if (sending) return;
    if (await send(() => call('optOutOfTicketSms', { params: { trackingCode } }), 'input')) {
      setPhone('');
      setStopped(true);
    }
  };

  const masked = sms.phone ?? '';
  // Beside the button that failed, said at once.
  const failureText = failure && (
    <p className="error-text" role="alert">
      {failure}
    </p>
  );
  const describedBy = [`${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return (
    <section className="panel sms-opt-in" aria-labelledby={`${id}-title`} data-testid="sms-opt-in">
      <h2 id={`${id}-title`}>{t.smsTitle}</h2>
      {/* Present before it speaks, so a screen reader says the confirmation and the stop. */}
      <div role="status" data-testid="sms-status">
        {confirmed && (
          <>
            <p>
              <span aria-hidden="true">{t.smsConfirmed(masked, sms.nearAhead)}</span>
              {/* "••••••33" is read out as bullets: a screen reader hears "the number ending in 33". */}
              <span className="visually-hidden">{t.smsConfirmed(t.smsNumberEndingIn(masked.replace(/\D/g, '')), sms.nearAhead)}</span>
            </p>
            <p>{t.smsDeletedAtEnd}</p>
          </>
        )}
        {!confirmed && stopped && <p>{t.smsStopped}</p>}
      </div>
      {confirmed && failureText}
      {confirmed && (
        <button type="button" className="button button-secondary" ref={stop} onClick={optOut} aria-disabled={sending}>
          {sending ? t.smsStopping : t.smsStop}
        </button>
      )}
      {offer && !confirmed && (
        <form onSubmit={submit} noValidate className="sms-form">
          <p>{t.smsLead(sms.nearAhead)}</p>
          <div className={`field${invalid ? ' field-error' : ''}`}>
            <label htmlFor={`${id}-phone`}>{t.smsPhone}</label>
            <p className="hint" id={`${id}-hint`}>
              {t.smsPhoneHint}
            </p>
            {invalid && (
              <p className="error-text" id={`${id}-error`}>
                {t.smsPhoneInvalid}
              </p>
            )}
            <input
              id={`${id}-phone`}
              ref={input}
              name="phone"
              className="input"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              // A phone number reads left to right, also on a right-to-left page.
              dir="ltr"
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              spellCheck={false}
            />
          </div>
          <p className="privacy">{t.smsPrivacy}</p>
          {failureText}
          <button type="submit" className="button button-primary" aria-disabled={sending}>
            {sending ? t.smsSaving : t.smsSubmit}
          </button>
        </form>
      )}
    </section>
  );
}
