import { useEffect, useRef, useState } from 'react';
import { localName, sayWait, type Tracking } from '@dintur/shared';
import { ApiError, call } from '../api/api-client.js';
import { useLanguageOf, useTrackingLanguage } from '../i18n/language.js';
import { localeOf, type TrackingLanguage, type TrackingStrings } from '../i18n/tracking-strings.js';
import { messageOf } from '../ui/errors.js';
import { ErrorPanel, Loading, PageHeading, useHeaderUnit } from '../ui/page-shell.js';
import { AskFirst } from '../ui/ask-first.js';
import { followTicket, type LinkState } from './ticket-follower.js';
import { SmsOptIn } from './sms-opt-in.js';

/** The ticket as the page last heard it, how it hears, and when. */
type Followed = { tracking: Tracking | null; error: unknown; link: LinkState; updatedAt: number | null };

/** Keeps a ticket's tracking up to date while the page is open (see ticket-follower.ts). */
function useFollowedTicket(trackingCode: string): Followed & { refresh(): void } {
  const [state, setState] = useState<Followed>({ tracking: null, error: null, link: 'polling', updatedAt: null });
  const follower = useRef<ReturnType<typeof followTicket> | null>(null);
  useEffect(() => {
    const followed = followTicket({
      fetchTracking: () => call('track', { params: { trackingCode } }),
      createEventSource: () => new EventSource('/api/events'),
      onTracking: (tracking) => setState((previous) => ({ ...previous, tracking, error: null, updatedAt: Date.now() })),
      onFailure: (error) => setState((previous) => ({ ...previous, error })),
      onLink: (link) => setState((previous) => ({ ...previous, link })),
      timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (handle) => window.clearTimeout(handle) },
    });
    follower.current = followed;
    // A phone that wakes up or comes back to the tab asks at once.
    const onVisible = () => document.visibilityState === 'visible' && followed.refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', followed.refresh);
    return () => {
      followed.close();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', followed.refresh);
    };
  }, [trackingCode]);
  return { ...state, refresh: () => follower.current?.refresh() };
}

/**
 * The counter as the citizen should look for it: its sign's words, and in English "counter 1" with
 * them (the number at the end of the name, as the wall display announces it in English).
 */
function counterOf(tracking: Tracking, t: TrackingStrings): string {
  const name = tracking.counterName ?? '';
  return t.counterSign(name, /(\d+)\s*$/u.exec(name)?.[1] ?? null);
}

/** "11.05.32" / "11:05:32" by the centre's clock, in the page's language, wherever the phone thinks it is. */
function clockTime(instant: number, lang: TrackingLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
}

/** What the ticket's state means to its holder, in a sentence or two; the wait in every screen's words. */
function statusText(tracking: Tracking, t: TrackingStrings, lang: TrackingLanguage): { title: string; lines: string[] } {
  const counter = counterOf(tracking, t);
  switch (tracking.status) {
    case 'waiting':
      return {
        title: t.position(tracking.position ?? 1),
        lines: [sayWait(tracking.estimatedWaitMinutes, { lang, serviceName: localName(tracking.serviceName, lang) }).sentence],
      };
    case 'called':
      return { title: t.calledTitle, lines: [t.goTo(counter)] };
    case 'serving':
      return { title: t.servingText(counter), lines: [] };
    case 'finished':
      return { title: t.finishedText, lines: [] };
    case 'no-show':
      return { title: t.ticketNoShowText, lines: [] };
    case 'cancelled':
      return { title: t.ticketCancelledText, lines: [] };
    case 'ended-by-reset':
      return { title: t.endedText, lines: [] };
  }
}

/** `/t/{trackingCode}`: the receipt's QR code opens this. Place in the queue, the wait, the call. */
export function TrackingPage({ trackingCode }: { trackingCode: string }) {
  const { t, lang } = useTrackingLanguage();
  const followed = useFollowedTicket(trackingCode);
  useLanguageOf(followed.tracking?.lang, 'tracking');
  const { tracking } = followed;
  useHeaderUnit(tracking ? localName(tracking.unitName, lang) : null);
  const called = tracking?.status === 'called';

  // A call is felt as well as seen, and said at once by a screen reader (the live region below).
  useEffect(() => {
    if (called && 'vibrate' in navigator) navigator.vibrate?.([300, 150, 300]);
  }, [called, tracking?.calledAt]);
  useEffect(() => {
    if (tracking) document.title = `${tracking.number} – ${statusText(tracking, t, lang).title}`;
  }, [tracking, t, lang]);

  if (!tracking) {
    if (followed.error) {
      const gone = followed.error instanceof ApiError && followed.error.status === 404;
      return (
        <>
          <PageHeading>{t.trackTitle}</PageHeading>
          <ErrorPanel message={messageOf(followed.error, t, t.ticketNotFound)} onRetry={gone ? undefined : followed.refresh} />
        </>
      );
    }
    return <Loading />;
  }

  const { title, lines } = statusText(tracking, t, lang);
  const time = followed.updatedAt === null ? '' : clockTime(followed.updatedAt, lang, tracking.timeZone);
  return (
    <div className="tracking" data-status={tracking.status}>
      <PageHeading>{t.trackTitle}</PageHeading>
      <section className={`ticket-card${called ? ' ticket-card-called' : ''}`} aria-labelledby="ticket-number-label">
        <p id="ticket-number-label" className="ticket-label">
          {localName(tracking.serviceName, lang)}
        </p>
        <p className="ticket-number" data-testid="ticket-number">
          {tracking.number}
        </p>
        {/* The queue moving is said politely; the call, below, at once. */}
        <div className="ticket-status" aria-live={called ? 'off' : 'polite'} aria-atomic="true" data-testid="ticket-status">
          <p className="ticket-status-title">{title}</p>
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </section>
      <div className="visually-hidden" role="alert" data-testid="call-alert">
        {called ? `${t.calledTitle}. ${t.goTo(counterOf(tracking, t))}` : ''}
      </div>
      <p className="updated" data-link={followed.link}>
        {followed.link === 'polling' && followed.updatedAt !== null ? t.liveLost : time && t.updatedAt(time)}
      </p>
      <SmsOptIn trackingCode={trackingCode} tracking={tracking} onChange={followed.refresh} />
      {tracking.status === 'waiting' && <GiveUp trackingCode={trackingCode} onDone={followed.refresh} />}
    </div>
  );
}

/** "Give up my place", asked twice: the place cannot be given back. */
function GiveUp({ trackingCode, onDone }: { trackingCode: string; onDone(): void }) {
  const { t } = useTrackingLanguage();
  const texts = { ask: t.giveUp, question: t.giveUpQuestion, consequence: t.giveUpConsequence, confirm: t.confirmGiveUp, confirming: t.givingUp, keep: t.keepPlace };
  const giveUp = async () => {
    await call('cancelByCitizen', { params: { trackingCode } });
    onDone();
  };
  return <AskFirst texts={texts} action={giveUp} askClassName="give-up" />;
}
