import { operations, type Centre, type DisplayCall, connectEventStream, parseServerEvent, serverEventNames } from '@dintur/shared';
import { createApiClient } from '@dintur/web';
import type { Announcer } from '../announcer-contract.js';
import { apiBase, type DisplaySettings } from '../config/display-settings.js';
import { advanceFeed, initialFeedState, maxShownCalls, type FeedInput, type FeedState } from './call-feed.js';
import { advanceStage, emptyStage, enqueueCalls, markSpoken, nextCheckAt, speechGiveUpMs, type Stage } from './call-stage.js';
import { isWholeCentre, type Zone } from './zone.js';

/** How long a call on the big slot draws the eye (the screen's highlight), in milliseconds; a waiting call may take the slot sooner (call-stage.ts). */
export const attentionMs = 8_000;
/** How often the centre (its waits) is read anyway: the kiosk's pace, so both show the same. */
const centreRefreshMs = 60_000;
/** Watchdog: this many heartbeat intervals of silence mean the connection is dead. */
const watchdogHeartbeats = 2.5;

/** What the screen renders; replaced as a whole on every change (React's useSyncExternalStore). */
export type DisplayView = {
  /** Known calls, newest first (call-feed.ts). */
  calls: DisplayCall[];
  /** The call on the big slot and the announced calls waiting for it (call-stage.ts). */
  stage: Stage;
  centre: Centre | null;
  /** The call being highlighted and until when (this machine's clock), or null. */
  attention: { eventId: number; until: number } | null;
  /** Since when the stream has not been working (this machine's clock), or null while it is. */
  offlineSince: number | null;
  /** The server's clock minus this machine's. */
  serverOffsetMs: number;
  /** Announced calls for screen readers, oldest first, a few at most. */
  spokenCalls: { eventId: number; call: DisplayCall }[];
};

export type DisplayStore = {
  subscribe(listener: () => void): () => void;
  getView(): DisplayView;
  close(): void;
};

/**
 * Connects the display to its server: the event stream feeds the pure call feed (call-feed.ts),
 * whose calls to announce queue for the big slot (call-stage.ts), each handed to the announcer
 * as it takes the slot. Owns the few side effects: fetching the zone's recent calls after each
 * snapshot, the centre after a configuration or counter change and every minute, and time (the
 * timer that gives the big slot to the next call).
 */
export function createDisplayStore(settings: DisplaySettings, announcer: Announcer): DisplayStore {
  const { config } = settings;
  const zone: Zone = { unitIds: config.unitIds, counterIds: config.counterIds };
  const base = apiBase(config, window.location.origin);
  const listeners = new Set<() => void>();
  // Resume after a reload (the Electron shell reloads a crashed page): the stream then replays
  // what was missed, and a call made during the reload is still announced.
  let feed: FeedState = { ...initialFeedState(), lastSeenEventId: readResumePoint() };
  let view: DisplayView = {
    calls: [],
    stage: emptyStage,
    centre: null,
    attention: null,
    // Not yet connected counts as offline, so a display that never reaches its server says so.
    offlineSince: Date.now(),
    serverOffsetMs: 0,
    spokenCalls: [],
  };

  const publish = (changes: Partial<DisplayView>) => {
    view = { ...view, ...changes };
    for (const listener of listeners) listener();
  };

  let stageTimer: number | undefined;

  /** A call takes the big slot: it is highlighted, said out loud and logged for screen readers, in that one order. */
  const putOnStage = (stage: Stage, staged: DisplayCall | null, changes: Partial<DisplayView>) => {
    changes.stage = stage;
    if (staged === null) return;
    changes.attention = { eventId: staged.eventId, until: Date.now() + attentionMs };
    changes.spokenCalls = [...(changes.spokenCalls ?? view.spokenCalls), { eventId: staged.eventId, call: staged }].slice(-4);
    let said: Promise<void>;
    try {
      announcer.announce({ number: staged.number, counterName: staged.counterName, recall: staged.recall });
      said = announcer.idle();
    } catch (error) {
      // A failing voice must not also take the call off the screen, nor hold up the next.
      console.error(`display: the announcer failed on ${staged.number}`, error);
      said = Promise.resolve();
    }
    void said.then(() => {
      const stage = markSpoken(view.stage, staged.eventId);
      if (stage !== view.stage) settleStage(stage);
    });
  };

  /** Gives the big slot to the next waiting call when its turn has come, and wakes up again when it may. */
  const settleStage = (stage: Stage) => {
    const changes: Partial<DisplayView> = {};
    const step = advanceStage(stage, Date.now());
    putOnStage(step.stage, step.staged, changes);
    publish(changes);
    scheduleStageCheck();
  };

  const scheduleStageCheck = () => {
    window.clearTimeout(stageTimer);
    const at = nextCheckAt(view.stage);
    if (at === null) return;
    stageTimer = window.setTimeout(() => settleStage(view.stage), Math.max(0, Math.min(at - Date.now(), speechGiveUpMs)));
  };

  const take = (input: FeedInput) => {
    const previousEventId = feed.lastSeenEventId;
    const step = advanceFeed(feed, input, zone);
    if (step.state.lastSeenEventId !== feed.lastSeenEventId) saveResumePoint(step.state.lastSeenEventId);
    feed = step.state;
    const changes: Partial<DisplayView> = {};
    if (feed.calls !== view.calls) changes.calls = feed.calls;
    if (feed.centre !== view.centre) changes.centre = feed.centre;
    if (feed.serverOffsetMs !== view.serverOffsetMs) changes.serverOffsetMs = feed.serverOffsetMs;
    // A new day, or a new event log (a snapshot below what was seen): yesterday's big call goes with the list.
    const startedAfresh =
      input.kind === 'event' && (input.event.type === 'day.reset' || (input.event.type === 'snapshot' && previousEventId !== null && input.event.id < previousEventId));
    const stage = startedAfresh ? emptyStage : view.stage;
    if (step.announce.length > 0 || stage !== view.stage) {
      const queued = enqueueCalls(stage, step.announce, Date.now());
      putOnStage(queued.stage, queued.staged, changes);
    }
    if (Object.keys(changes).length > 0) publish(changes);
    if (changes.stage) scheduleStageCheck();
    if (step.refetchCentre) void fetchCentre();
    if (input.kind === 'event' && input.event.type === 'snapshot' && !isWholeCentre(zone)) void fetchZoneCalls();
  };

  // Answers are checked by the operations' schemas, like the stream's events.
  const api = createApiClient(operations, { baseUrl: base });

  /**
   * The snapshot's recent calls are the whole centre's last few; a zone's own last calls may be
   * older. The display endpoint filters one dimension at a time (both given means both must
   * match), while a zone is units OR counters, so each is asked for separately.
   */
  const fetchZoneCalls = async () => {
    const queries = [
      ...(zone.unitIds.length > 0 ? [{ unitId: zone.unitIds.join(',') }] : []),
      ...(zone.counterIds.length > 0 ? [{ counterId: zone.counterIds.join(',') }] : []),
    ];
    try {
      const lists = await Promise.all(queries.map((query) => api.call('display', { query: { ...query, limit: maxShownCalls } })));
      take({ kind: 'display-calls', calls: lists.flat() });
    } catch (error) {
      // The snapshot's calls stay on screen; the next snapshot tries again.
      console.warn('display: could not fetch the zone\'s recent calls', error);
    }
  };

  const fetchCentre = async () => {
    try {
      take({ kind: 'centre', centre: await api.call('getCentre') });
    } catch (error) {
      console.warn('display: could not fetch the centre', error);
    }
  };

  const connection = connectEventStream({
    appName: 'display',
    url: (lastEventId) => {
      const url = new URL('api/events', base);
      // A new EventSource starts without Last-Event-ID; the server takes it from the query too.
      if (lastEventId !== null) url.searchParams.set('lastEventId', String(lastEventId));
      return url.href;
    },
    createEventSource: (url) => new EventSource(url),
    eventNames: serverEventNames,
    watchdogMs: settings.heartbeatSeconds * 1000 * watchdogHeartbeats,
    lastEventId: () => feed.lastSeenEventId,
    onOpen: () => take({ kind: 'opened' }),
    onEvent: (type, id, data) => {
      const event = parseServerEvent(type, id, data, 'display');
      if (event) take({ kind: 'event', event, receivedAt: Date.now() });
    },
    onHealth: (healthy) => {
      if (healthy && view.offlineSince !== null) publish({ offlineSince: null });
      else if (!healthy && view.offlineSince === null) publish({ offlineSince: Date.now() });
    },
  });

  // A ticket event carries the figures of its own service only, yet a call at a counter that serves
  // several services changes the waits of all of them: read the centre now and then, as the kiosk
  // does, so the wall never keeps an old wait the kiosk beside it has already left behind.
  const refresher = window.setInterval(() => {
    if (view.offlineSince === null) void fetchCentre();
  }, centreRefreshMs);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
    close() {
      connection.close();
      window.clearInterval(refresher);
      window.clearTimeout(stageTimer);
      announcer.dispose();
      listeners.clear();
    },
  };
}

const resumeKey = 'dintur.display.lastSeenEventId';

/** The newest event id this tab had taken in before a reload; sessionStorage outlives the page, not the tab. */
function readResumePoint(): number | null {
  try {
    const stored = Number(window.sessionStorage.getItem(resumeKey));
    return Number.isInteger(stored) && stored > 0 ? stored : null;
  } catch {
    return null; // storage may be disabled: start afresh, announcing nothing old
  }
}

function saveResumePoint(eventId: number | null): void {
  try {
    if (eventId === null) window.sessionStorage.removeItem(resumeKey);
    else window.sessionStorage.setItem(resumeKey, String(eventId));
  } catch {
    // Without storage a reload simply starts afresh.
  }
}
