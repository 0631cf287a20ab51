import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { bookingCodeLength } from '@dintur/shared';
import type { CheckInProps } from '../check-in-contract.js';
import { CalendarIcon, WarningIcon } from '../icons/icons.js';
import { centreTimeZone, checkInByCard, checkInByCode } from './check-in-api.js';
import { checkInFlow, classifyScan, initialCheckIn, keypadSymbols, type Problem } from './check-in-flow.js';
import { checkInTexts, type CheckInTextKey } from './check-in-texts.js';
import './check-in.css';

const problemTexts: Record<Problem, CheckInTextKey> = {
  incomplete: 'incomplete',
  'not-found': 'notFound',
  'not-found-card': 'notFoundCard',
  unreadable: 'unreadable',
  failed: 'failed',
};

/** "11.30" / "11:30" in the centre's time zone (the kiosk's own until the server has said which). */
function clock(iso: string, lang: string, timeZone: string | null): string {
  return new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone && { timeZone }) }).format(Date.parse(iso));
}

const localeOf = (lang: string) => (lang === 'da' ? 'da-DK' : lang === 'en' ? 'en-GB' : lang);

/** The local date ("2026-11-25") of an instant in the centre's time zone. */
function dayOf(instant: number, timeZone: string | null): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone && { timeZone }) }).format(instant);
}

/**
 * The appointment's date when it is not today ("onsdag den 25. november", with the year when it is
 * another), or null when it is today: a citizen who came on the wrong day must be told which.
 */
function otherDay(iso: string, now: number, lang: string, timeZone: string | null): string | null {
  const at = Date.parse(iso);
  if (dayOf(at, timeZone) === dayOf(now, timeZone)) return null;
  const year = dayOf(at, timeZone).slice(0, 4) !== dayOf(now, timeZone).slice(0, 4);
  // Western digits in Arabic too, as the kiosk writes every time and number.
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long', ...(year && { year: 'numeric' }), numberingSystem: 'latn', ...(timeZone && { timeZone }) }).format(at);
}

/**
 * "I have an appointment": the booking code on a big keypad of its own alphabet, the
 * confirmation's QR code scanned, or the yellow health card scanned. Check-in opens some minutes
 * before the booked time and closes a few after; a late citizen is offered an ordinary number.
 * The ticket goes back to the kiosk, which shows and prints it like any other.
 */
export function AppointmentCheckIn({ onDone, onTakeNumber, onTicket, kiosk }: CheckInProps) {
  const words = useMemo(() => checkInTexts(kiosk.lang), [kiosk.lang]);
  const [state, dispatch] = useReducer(checkInFlow, initialCheckIn);
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const onTicketRef = useRef(onTicket);
  onTicketRef.current = onTicket;
  const { apiBase, lang, onScan, initialScan } = kiosk;

  useEffect(() => {
    let current = true;
    void centreTimeZone(apiBase).then((zone) => current && setTimeZone(zone));
    return () => {
      current = false;
    };
  }, [apiBase]);

  // The scan that opened the screen, then every later one.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (initialScan !== null) dispatch({ type: 'scan', scan: classifyScan(initialScan) });
  }, [initialScan]);
  useEffect(() => onScan((payload) => dispatch({ type: 'scan', scan: classifyScan(payload) })), [onScan]);

  useEffect(() => {
    if (state.step !== 'checking') return;
    let current = true;
    const request = state.via === 'code' ? checkInByCode(apiBase, state.code, lang) : checkInByCard(apiBase, state.cpr, lang);
    void request.then((outcome) => {
      if (!current) return;
      if (outcome.kind === 'ticket') onTicketRef.current(outcome.ticket, outcome.appointmentAt);
      dispatch({ type: 'outcome', outcome });
    });
    return () => {
      current = false;
    };
  }, [state, apiBase, lang]);

  const title = (key: CheckInTextKey) => (
    <h1 className="screen-title" tabIndex={-1} data-screen-title lang={words.lang}>
      {words.text(key)}
    </h1>
  );

  if (state.step === 'too-early' || state.step === 'too-late' || state.step === 'unavailable') {
    const start = state.step === 'unavailable' ? null : state.start;
    const date = start === null ? null : otherDay(start, kiosk.now(), words.lang, timeZone);
    const time = start === null ? '' : clock(start, words.lang, timeZone);
    const body =
      state.step === 'too-early'
        ? words.text(date ? 'tooEarlyOtherDayBody' : 'tooEarlyBody', { date: date ?? '', time, opens: clock(state.opensAt, words.lang, timeZone) })
        : state.step === 'too-late'
          ? start
            ? words.text(date ? 'tooLateOtherDayBody' : 'tooLateBody', { date: date ?? '', time })
            : words.text('tooLateBodyNoTime')
          : words.text('unavailableBody');
    const titleKey: CheckInTextKey =
      state.step === 'too-early' ? (date ? 'otherDayTitle' : 'tooEarlyTitle') : state.step === 'too-late' ? 'tooLateTitle' : 'unavailableTitle';
    return (
      <div className="screen-body check-in check-in-answer" data-step={state.step} data-other-day={date !== null} lang={words.lang}>
        <div className="screen-intro">
          <CalendarIcon className="intro-icon" />
          {title(titleKey)}
          <p className="screen-hint check-in-answer-body" data-testid="check-in-answer">
            {body}
          </p>
        </div>
        <div className="screen-actions">
          {state.step === 'too-early' ? (
            <>
              <button type="button" className="big-button primary" onClick={onDone}>
                {words.text('done')}
              </button>
              <button type="button" className="big-button secondary" onClick={() => dispatch({ type: 'again' })}>
                {words.text('again')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="big-button primary" onClick={onTakeNumber} data-testid="check-in-take-number">
                {words.text('takeNumber')}
              </button>
              <button type="button" className="big-button secondary" onClick={onDone}>
                {words.text('done')}
              </button>
            </>
          )}
        </div>
      </div>
    );
  }

  const checking = state.step === 'checking';
  const typed = [...state.code];
  const problem = state.step === 'entering' ? state.problem : null;
  return (
    <div className="screen-body check-in check-in-entry" lang={words.lang} data-step={state.step}>
      <div className="screen-intro">
        {title('title')}
        <p className="screen-hint">{words.text('hint')}</p>
      </div>
      <div className="check-in-code" data-testid="typed-code" data-code={state.code}>
        <p className="check-in-code-label" id="check-in-code-label">
          {words.text('codeLabel')}
        </p>
        {/* A booking code is Latin letters and digits read left to right, in Arabic and Urdu too. */}
        <div className="code-slots" aria-hidden="true" dir="ltr">
          {Array.from({ length: bookingCodeLength }, (_, index) => (
            <span key={index} className={`code-slot${index === typed.length && !checking ? ' code-slot-next' : ''}${index === 3 ? ' code-slot-gap' : ''}`}>
              {typed[index] ?? ''}
            </span>
          ))}
        </div>
        {/* What was typed, said after each key: a blind citizen hears the code build up. */}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {typed.length === 0 ? words.text('typedNothing') : words.text('typed', { symbols: typed.join(' ') })}
        </p>
      </div>
      {/* Looking the code up is news; a problem is an error: marked by an icon, a colour and a frame, and said at once. */}
      <div className="check-in-feedback">
        <p className="check-in-checking" role="status">
          {checking ? words.text('checking') : ''}
        </p>
        <div className="check-in-message" role="alert" data-testid="check-in-message" data-problem={problem ?? undefined}>
          {problem && (
            <>
              <WarningIcon className="check-in-message-icon" />
              <span>{words.text(problemTexts[problem])}</span>
            </>
          )}
        </div>
      </div>
      <div className="screen-actions check-in-actions">
        <div className="keypad" role="group" aria-label={words.text('keypadLabel')} dir="ltr">
          {keypadSymbols.map((symbol) => (
            <button key={symbol} type="button" className="keypad-key" aria-disabled={checking} onClick={() => !checking && dispatch({ type: 'key', symbol })}>
              {symbol}
            </button>
          ))}
        </div>
        <div className="keypad-commands">
          <button type="button" className="big-button secondary" aria-disabled={checking} onClick={() => !checking && dispatch({ type: 'delete' })}>
            {words.text('delete')}
          </button>
          <button type="button" className="big-button secondary" aria-disabled={checking} onClick={() => !checking && dispatch({ type: 'clear' })}>
            {words.text('clear')}
          </button>
          <button type="button" className="big-button primary" aria-disabled={checking} onClick={() => !checking && dispatch({ type: 'submit' })} data-testid="check-in-submit">
            {words.text('checkIn')}
          </button>
          {/* No code and no card with you: a number is one tap away (the kiosk's own words, in every language). */}
          <button type="button" className="big-button secondary take-number-instead" onClick={onTakeNumber} lang={kiosk.t.sourceOf('takeNumberInstead')}>
            {kiosk.t.text('takeNumberInstead')}
          </button>
        </div>
      </div>
    </div>
  );
}
