import { useSyncExternalStore } from 'react';
import type { DisplaySettings } from '../config/display-settings.js';
import { splitCalls } from '../live/call-stage.js';
import type { DisplayStore } from '../live/display-store.js';
import { servicesInZone } from '../live/zone.js';
import { Clock } from './clock.js';
import { ConnectionMark } from './connection-mark.js';
import { CurrentCall } from './current-call.js';
import { RecentCalls } from './recent-calls.js';
import { SecondLine } from './second-line.js';
import { SpokenCalls } from './spoken-calls.js';
import { strings } from './strings.js';
import { useNow } from '@dintur/web';
import { hasQueues, WaitingServices } from './waiting-services.js';

/** Until the first snapshot says otherwise: every Danish centre's zone. */
const defaultTimeZone = 'Europe/Copenhagen';

/**
 * The wall display: each call large in its turn, the other calls beside it, the clock, the queues and the
 * centre's line of text. Numbers and counters only: nothing personal ever reaches this page.
 */
export function DisplayScreen({ store, settings }: { store: DisplayStore; settings: DisplaySettings }) {
  const view = useSyncExternalStore(store.subscribe, store.getView);
  const now = useNow();
  const second = settings.config.secondLanguage === 'en' ? strings.en : null;
  const timeZone = view.centre?.timeZone ?? defaultTimeZone;
  const { current, earlier } = splitCalls(view.stage, view.calls);
  const attention = current !== undefined && view.attention?.eventId === current.eventId && now < view.attention.until;
  const zone = { unitIds: settings.config.unitIds, counterIds: settings.config.counterIds };
  const services = settings.showQueues && view.centre ? servicesInZone(zone, view.centre) : [];
  // The display's own text (URL) wins; otherwise the centre's message from its configuration.
  const notice = settings.noticeText || view.centre?.displayMessage || '';

  return (
    // data-connection is for tests and technicians: the visible mark waits out short drop-outs.
    <div className="screen" data-connection={view.offlineSince === null ? 'online' : 'offline'}>
      <header className="top-bar">
        <h1 className="centre-name">{view.centre?.name ?? 'dintur'}</h1>
        <ConnectionMark offlineSince={view.offlineSince} now={now} second={second} />
        {/* Read afresh, not the last tick: right after a snapshot that tick may be a second old. */}
        <Clock instant={Date.now() + view.serverOffsetMs} timeZone={timeZone} />
      </header>
      <main className="calls">
        <CurrentCall call={current} attention={attention} timeZone={timeZone} second={second} />
        <RecentCalls calls={earlier} timeZone={timeZone} second={second} />
        <SpokenCalls calls={view.spokenCalls} />
      </main>
      {(hasQueues(services) || notice) && (
        <footer className="bottom-bar">
          <WaitingServices services={services} second={second} now={now + view.serverOffsetMs} />
          {notice && (
            <p className="notice" data-testid="notice">
              {notice}
            </p>
          )}
        </footer>
      )}
    </div>
  );
}

/** Shown instead of calls when the display's settings are wrong: an installer must see it at once. */
export function MisconfiguredScreen({ problems }: { problems: string[] }) {
  return (
    <main className="misconfigured">
      <h1>
        {strings.da.misconfigured} <SecondLine text={strings.en.misconfigured} />
      </h1>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
