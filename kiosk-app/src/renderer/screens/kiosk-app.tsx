import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { CentreService, Ticket } from '@dintur/shared';
import { issueTicket, recordChoice, refusalDetail } from '../api/kiosk-api.js';
import type { CheckInKiosk } from '../check-in-contract.js';
import { AppointmentCheckIn } from '../check-in/index.js';
import type { KioskSettings } from '../config/kiosk-settings.js';
import { initialKioskState, isPristine, kioskFlow, previousScreen, type KioskAction, type KioskState } from '../flow/kiosk-flow.js';
import { fallbackLanguage, findLanguage, languages } from '../i18n/languages.js';
import { createTranslator } from '../i18n/translate.js';
import { defaultInactivityTimes, type InactivityTimes } from '../idle/inactivity.js';
import { useInactivity, useLastActivity, useOfflineFor, useReturnAfter } from '../idle/use-activity.js';
import type { KioskStore } from '../live/kiosk-store.js';
import { buildReceipt, trackingUrlOf } from '../printing/receipt.js';
import type { TicketPrinter } from '../printing/ticket-printer.js';
import type { ScanSource } from '../scanner/scan-source.js';
import { Footer } from './footer.js';
import { OutOfOrderScreen } from './out-of-order-screen.js';
import { IssueFailedScreen, IssuingScreen } from './progress-screens.js';
import { SelfServiceScreen } from './self-service-screen.js';
import { ServiceClosedScreen } from './service-closed-screen.js';
import { ServicesScreen } from './services-screen.js';
import { StartScreen } from './start-screen.js';
import { StillThereDialog } from './still-there-dialog.js';
import { TicketScreen } from './ticket-screen.js';
import { useLandscape } from './use-landscape.js';
import { useSettling } from './use-settling.js';

export type KioskTimes = InactivityTimes & {
  /** How long the ticket stays on screen after it printed. */
  ticketPrintedMs: number;
  /** How long it stays when the screen is the ticket (printer problem, or no printer). */
  ticketOnScreenOnlyMs: number;
  /** How long the server may be unreachable before the kiosk says it is out of order. */
  outOfOrderAfterMs: number;
};

export const defaultKioskTimes: KioskTimes = {
  ...defaultInactivityTimes,
  ticketPrintedMs: 20_000,
  ticketOnScreenOnlyMs: 60_000,
  outOfOrderAfterMs: 4_000,
};

type KioskAppProps = {
  settings: KioskSettings;
  store: KioskStore;
  printer: TicketPrinter;
  scans: ScanSource;
  times?: KioskTimes;
};

/** The languages shown side by side when the kiosk is out of order. */
const completeLanguages = languages.filter((language) => language.complete);

/**
 * The kiosk: the flow (flow/kiosk-flow.ts) on screen, with its requests — taking the number,
 * recording the self-service choice, printing — made here, from the citizen's taps.
 */
export function KioskApp({ settings, store, printer, scans, times = defaultKioskTimes }: KioskAppProps) {
  const view = useSyncExternalStore(store.subscribe, store.getView);
  const [state, dispatch] = useReducer(
    (current: KioskState, action: KioskAction) => kioskFlow(current, action, settings.defaultLanguage),
    settings.defaultLanguage,
    initialKioskState,
  );
  const language = findLanguage(state.lang) ?? fallbackLanguage;
  const t = useMemo(() => createTranslator(language, fallbackLanguage), [language]);
  const landscape = useLandscape();
  const [lastActivity, touch] = useLastActivity();
  const { screen } = state;
  const centre = view.centre;

  useDocumentSettings(language.code, language.dir, state.largeText, centre?.name ?? null, t.text('takeNumber'));
  const screenKey = screen.name === 'self-service' ? `${screen.name}-${screen.chosen}` : screen.name;
  useFocusOnScreenChange(screenKey);
  const settling = useSettling(screenKey);

  const nextCitizen = useCallback(() => dispatch({ type: 'next-citizen' }), []);
  const inactivityEnabled = !isPristine(state, settings.defaultLanguage) && screen.name !== 'ticket' && screen.name !== 'issuing';
  const phase = useInactivity(inactivityEnabled, lastActivity, times);
  // Once asked, the question stays until answered with a whole tap (or the time runs out): were it
  // to vanish at the touch of a finger, the finger's click would land on the screen beneath it.
  const [warning, setWarning] = useState(false);
  useEffect(() => {
    if (phase === 'warning') setWarning(true);
    if (phase === 'expired') {
      setWarning(false);
      nextCitizen();
    }
  }, [phase, nextCitizen]);
  useEffect(() => {
    if (!inactivityEnabled) setWarning(false);
  }, [inactivityEnabled]);
  const stillHere = useCallback(() => {
    touch();
    setWarning(false);
  }, [touch]);
  const ticketMs = screen.name !== 'ticket' || screen.print === 'printing' ? null : screen.print === 'printed' ? times.ticketPrintedMs : times.ticketOnScreenOnlyMs;
  useReturnAfter(ticketMs, lastActivity, nextCitizen);
  const offline = useOfflineFor(view.offlineSince, times.outOfOrderAfterMs);

  // One request at a time: a second tap while a number is being taken must not take another.
  const busy = useRef(false);
  // Why the last number was refused (its code), so the failure screen can say more in any language.
  const lastRefusal = useRef<Parameters<typeof refusalDetail>[0] | null>(null);
  const takeNumber = async (serviceId: string) => {
    if (busy.current || !centre) return;
    busy.current = true;
    // The receipt is in the language the citizen chose the service in, whatever happens meanwhile.
    const chosenIn = language;
    try {
      const outcome = await issueTicket(settings.apiBase, { serviceId, lang: chosenIn.code, kioskId: settings.kioskId });
      if (!outcome.ok) {
        console.warn(`kiosk: no number for ${serviceId}: ${outcome.message}`);
        lastRefusal.current = outcome;
        dispatch({ type: 'issue-failed', reason: outcome.reason });
        if (outcome.reason === 'closed') void store.refreshCentre();
        return;
      }
      await showAndPrint(outcome.ticket, null, chosenIn);
    } finally {
      busy.current = false;
    }
  };

  const showAndPrint = async (ticket: Ticket, appointmentAt: string | null, chosenIn = language) => {
    dispatch({ type: 'issued', ticket, appointmentAt });
    const current = store.getView().centre ?? centre;
    if (!current) return dispatch({ type: 'printed', outcome: 'screen-only' });
    try {
      const receipt = buildReceipt({ ticket, centre: current, language: chosenIn, trackingUrl: trackingUrlOf(settings.apiBase, ticket.trackingCode), appointmentAt });
      dispatch({ type: 'printed', outcome: await printer.print(receipt, ticket.trackingCode) });
    } catch (error) {
      console.error('kiosk: the receipt could not be made', error);
      dispatch({ type: 'printed', outcome: 'screen-only' });
    }
  };

  const chooseService = (service: CentreService) => {
    dispatch({ type: 'choose-service', serviceId: service.id, selfServiceUrl: service.selfServiceUrl });
    if (!service.selfServiceUrl) void takeNumber(service.id);
  };

  const choose = (choice: 'self-service' | 'ticket') => {
    if (screen.name !== 'self-service') return;
    void recordChoice(settings.apiBase, { kioskId: settings.kioskId, serviceId: screen.serviceId, choice });
    if (choice === 'ticket') {
      dispatch({ type: 'choose-ticket-anyway' });
      void takeNumber(screen.serviceId);
    } else {
      dispatch({ type: 'choose-online' });
    }
  };

  // A scan on the start screen is someone checking in (an appointment code, a health card).
  const screenName = screen.name;
  useEffect(
    () =>
      scans.subscribe((code) => {
        if (screenName === 'start') dispatch({ type: 'appointment', scan: code });
      }),
    [scans, screenName],
  );

  if (offline && screen.name !== 'ticket') return <OutOfOrderScreen languages={completeLanguages} />;
  if (!centre) {
    return (
      <main className="kiosk-loading" aria-busy="true">
        <div className="spinner" aria-hidden="true" />
      </main>
    );
  }

  const back = previousScreen(screen) ? () => dispatch({ type: 'back' }) : null;
  const serverNow = Date.now() + view.serverOffsetMs;
  const checkInKiosk: CheckInKiosk = {
    kioskId: settings.kioskId,
    apiBase: settings.apiBase,
    lang: language.code,
    dir: language.dir,
    t,
    initialScan: screen.name === 'check-in' ? screen.scan : null,
    onScan: (listener) => scans.subscribe(listener),
    reach: state.reach,
    now: () => Date.now() + store.getView().serverOffsetMs,
  };
  const closedScreen = (serviceId: string) => {
    const service = centre.services.find((candidate) => candidate.id === serviceId);
    if (!service) return null;
    return (
      <ServiceClosedScreen
        t={t}
        lang={language.code}
        centre={centre}
        service={service}
        now={serverNow}
        apiBase={settings.apiBase}
        onChooseOther={() => dispatch({ type: 'back' })}
        onDone={nextCitizen}
      />
    );
  };

  const content = (() => {
    switch (screen.name) {
      case 'start':
        return (
          <StartScreen
            t={t}
            centre={centre}
            now={serverNow}
            onTakeNumber={() => dispatch({ type: 'take-number' })}
            onAppointment={() => dispatch({ type: 'appointment' })}
          />
        );
      case 'services':
        return (
          <ServicesScreen
            t={t}
            centre={centre}
            now={serverNow}
            lang={language.code}
            reach={state.reach}
            largeText={state.largeText}
            landscape={landscape}
            onChoose={chooseService}
            onChooseClosed={(service) => dispatch({ type: 'choose-closed-service', serviceId: service.id })}
          />
        );
      case 'service-closed':
        return closedScreen(screen.serviceId);
      case 'self-service': {
        const service = centre.services.find((candidate) => candidate.id === screen.serviceId);
        if (!service?.selfServiceUrl) return null;
        return (
          <SelfServiceScreen
            t={t}
            lang={language.code}
            service={{ ...service, selfServiceUrl: service.selfServiceUrl }}
            chosen={screen.chosen}
            onChooseOnline={() => choose('self-service')}
            onTakeNumber={() => choose('ticket')}
            onDone={nextCitizen}
          />
        );
      }
      case 'issuing':
        return <IssuingScreen t={t} />;
      case 'issue-failed': {
        // It closed while the number was being taken: the same offer as a closed service's.
        if (screen.reason === 'closed') return closedScreen(screen.serviceId);
        const service = centre.services.find((candidate) => candidate.id === screen.serviceId);
        const retry = screen.reason === 'failed' && service?.open ? () => chooseService(service) : null;
        return <IssueFailedScreen t={t} reason={screen.reason} detail={lastRefusal.current && refusalDetail(lastRefusal.current, language.code)} onTryAgain={retry} />;
      }
      case 'ticket':
        return (
          <TicketScreen
            t={t}
            lang={language.code}
            centre={centre}
            ticket={screen.ticket}
            trackingUrl={trackingUrlOf(settings.apiBase, screen.ticket.trackingCode)}
            appointmentAt={screen.appointmentAt}
            print={screen.print}
            onDone={nextCitizen}
          />
        );
      case 'check-in':
        return (
          <AppointmentCheckIn
            onDone={nextCitizen}
            onTakeNumber={() => dispatch({ type: 'take-number' })}
            onTicket={(ticket, appointmentAt) => void showAndPrint(ticket, appointmentAt)}
            kiosk={checkInKiosk}
          />
        );
    }
  })();

  return (
    <div
      className="kiosk"
      data-reach={state.reach ? 'on' : 'off'}
      data-screen={screen.name}
      data-settling={settling}
      data-testid="kiosk"
    >
      <header className="kiosk-header" inert={warning}>
        <p className="centre-name">{centre.name}</p>
      </header>
      <main className="kiosk-main" inert={warning}>
        {content}
      </main>
      <div inert={warning} className="footer-wrap">
        <Footer
          t={t}
          languages={languages}
          lang={language.code}
          reach={state.reach}
          largeText={state.largeText}
          onBack={back}
          onLanguage={(lang) => dispatch({ type: 'set-language', lang })}
          onToggleReach={() => dispatch({ type: 'toggle-reach' })}
          onToggleLargeText={() => dispatch({ type: 'toggle-large-text' })}
        />
      </div>
      {warning && <StillThereDialog t={t} onContinue={stillHere} />}
    </div>
  );
}

/** The page's language, direction, text size and title follow the citizen's choices. */
function useDocumentSettings(lang: string, dir: 'ltr' | 'rtl', largeText: boolean, centreName: string | null, title: string): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = dir;
    root.dataset.textSize = largeText ? 'large' : 'normal';
    document.title = centreName ? `${title} · ${centreName}` : title;
  }, [lang, dir, largeText, centreName, title]);
}

/**
 * Moves the focus to the new screen's title, so a screen reader announces where the citizen is
 * and keyboard use starts at the top of the new screen rather than on a button that is gone.
 */
function useFocusOnScreenChange(screenKey: string): void {
  useEffect(() => {
    document.querySelector<HTMLElement>('[data-screen-title]')?.focus({ preventScroll: true });
  }, [screenKey]);
}
