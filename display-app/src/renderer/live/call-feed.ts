import { withQueues, type Centre, type DisplayCall, type ServerEvent } from '@dintur/shared';
import { callsInZone, isInZone, type Zone } from './zone.js';

/**
 * The display's decision logic, kept pure so it can be tested without a browser: which calls
 * are shown, and which are announced. The rule that matters most: a citizen may miss nothing,
 * and nobody may be called twice by mistake. So a call is announced only when its event id is
 * above the newest one the display has already taken in, and only when it arrived live — or
 * was replayed on a reconnect and is recent (it was made during a short drop-out). Everything
 * else is only shown in the list.
 */

/** The big call plus the list below it. */
export const maxShownCalls = 8;
/** A call replayed on reconnect is announced only if it is younger than this by the server's clock. */
export const replayAnnounceWindowMs = 30_000;

export type FeedState = {
  /** The newest event id taken in (live or by a snapshot); null before the first snapshot. */
  lastSeenEventId: number | null;
  /** True between a connection opening and its snapshot: events then are replays of missed ones. */
  replaying: boolean;
  /** Calls replayed before a snapshot, kept until it arrives to judge their age. */
  pendingReplays: DisplayCall[];
  centre: Centre | null;
  /** Shown calls, newest first, one per ticket (a recall replaces the ticket's earlier call). */
  calls: DisplayCall[];
  /** The server's clock minus this machine's, from the last snapshot; 0 until then. */
  serverOffsetMs: number;
};

export type FeedInput =
  /** A connection to the event stream opened: replayed events, then a snapshot, follow. */
  | { kind: 'opened' }
  /** An event of the stream; `receivedAt` is this machine's clock (Date.now()) when it arrived. */
  | { kind: 'event'; event: ServerEvent; receivedAt: number }
  /** The zone's recent calls fetched from GET /api/display after a snapshot (the snapshot's list is the whole centre's). */
  | { kind: 'display-calls'; calls: DisplayCall[] }
  /** The centre fetched from GET /api/centre after its configuration changed. */
  | { kind: 'centre'; centre: Centre };

export type FeedStep = {
  state: FeedState;
  /** Calls to hand to the announcer, in order; each call appears in exactly one step, ever. */
  announce: DisplayCall[];
  /** The centre's configuration or a counter changed: fetch GET /api/centre. */
  refetchCentre: boolean;
};

/** The state of a display that has not connected yet. */
export function initialFeedState(): FeedState {
  return { lastSeenEventId: null, replaying: false, pendingReplays: [], centre: null, calls: [], serverOffsetMs: 0 };
}

/** Newest first, one entry per ticket, at most `maxShownCalls`. */
export function orderCalls(calls: readonly DisplayCall[]): DisplayCall[] {
  const newestFirst = [...calls].sort((first, second) => second.eventId - first.eventId);
  const seenTickets = new Set<number>();
  const shown: DisplayCall[] = [];
  for (const call of newestFirst) {
    if (seenTickets.has(call.ticketId)) continue;
    seenTickets.add(call.ticketId);
    shown.push(call);
    if (shown.length === maxShownCalls) break;
  }
  return shown;
}

const unchanged = (state: FeedState): FeedStep => ({ state, announce: [], refetchCentre: false });

/** Takes one input; returns the new state and what to announce. */
export function advanceFeed(state: FeedState, input: FeedInput, zone: Zone): FeedStep {
  switch (input.kind) {
    case 'opened':
      // Replays kept from a connection that dropped before its snapshot stay: the browser's
      // own reconnect resumes after them, so they would not be sent again.
      return unchanged({ ...state, replaying: true });
    case 'display-calls': {
      // Calls newer than what the stream delivered will come live (and be announced then); a
      // list fetched after a day reset or from another database must not bring them in early.
      const known = state.lastSeenEventId;
      const fetched = known === null ? [] : input.calls.filter((call) => call.eventId <= known);
      return unchanged({ ...state, calls: orderCalls([...state.calls, ...callsInZone(zone, fetched, state.centre)]) });
    }
    case 'centre':
      return unchanged({ ...state, centre: input.centre, calls: orderCalls(callsInZone(zone, state.calls, input.centre)) });
    case 'event':
      return input.event.type === 'snapshot' ? takeSnapshot(state, input.event, input.receivedAt, zone) : takeEvent(state, input.event, zone);
  }
}

function takeSnapshot(state: FeedState, event: Extract<ServerEvent, { type: 'snapshot' }>, receivedAt: number, zone: Zone): FeedStep {
  const { centre, recentCalls, serverTime } = event.data;
  const previous = state.lastSeenEventId;
  // Event ids only grow, across restarts too. A snapshot below what was seen means the event
  // log began again (a new database): nothing from it can be judged new, so start afresh.
  const logBeganAgain = previous !== null && event.id < previous;
  const baseline = previous === null || logBeganAgain ? null : previous;
  const serverNow = Date.parse(serverTime);

  const replays = baseline === null ? [] : state.pendingReplays.filter((call) => call.eventId > baseline && call.eventId <= event.id);
  const replaysInZone = callsInZone(zone, replays, centre).sort((first, second) => first.eventId - second.eventId);
  // Without the server's clock the age of a replay is unknown: then it is only shown.
  const announce = Number.isFinite(serverNow) ? replaysInZone.filter((call) => serverNow - Date.parse(call.calledAt) <= replayAnnounceWindowMs) : [];

  return {
    state: {
      lastSeenEventId: logBeganAgain || previous === null ? event.id : Math.max(previous, event.id),
      replaying: false,
      pendingReplays: [],
      centre,
      // The snapshot is the truth: calls from before a day reset or of another database go.
      calls: orderCalls([...callsInZone(zone, recentCalls, centre), ...replaysInZone]),
      serverOffsetMs: Number.isFinite(serverNow) ? serverNow - receivedAt : state.serverOffsetMs,
    },
    announce,
    refetchCentre: false,
  };
}

function takeEvent(state: FeedState, event: Exclude<ServerEvent, { type: 'snapshot' }>, zone: Zone): FeedStep {
  if (state.replaying) {
    if ((event.type === 'ticket.called' || event.type === 'ticket.recalled') && !state.pendingReplays.some((call) => call.eventId === event.data.call.eventId)) {
      return unchanged({ ...state, pendingReplays: [...state.pendingReplays, event.data.call] });
    }
    // Anything else replayed is covered by the snapshot that follows.
    return unchanged(state);
  }
  // Before the first snapshot nothing can be judged; after it, an id not above the newest seen
  // is one the display already has (a duplicate after a reconnect).
  if (state.lastSeenEventId === null || event.id <= state.lastSeenEventId) return unchanged(state);
  const seen: FeedState = { ...state, lastSeenEventId: event.id };

  switch (event.type) {
    case 'ticket.called':
    case 'ticket.recalled': {
      const next = { ...seen, centre: withQueues(seen.centre, event.data.queues) };
      if (!isInZone(zone, event.data.call.counterId, next.centre)) return unchanged(next);
      return { state: { ...next, calls: orderCalls([event.data.call, ...next.calls]) }, announce: [event.data.call], refetchCentre: false };
    }
    case 'ticket.issued':
    case 'ticket.started':
    case 'ticket.transferred':
    case 'ticket.finished':
    case 'ticket.no-show':
    case 'ticket.undone':
    case 'ticket.cancelled':
      return unchanged({ ...seen, centre: withQueues(seen.centre, event.data.queues) });
    case 'counter.changed': {
      const { counter } = event.data;
      const centre = seen.centre && { ...seen.centre, counters: seen.centre.counters.map((known) => (known.id === counter.id ? counter : known)) };
      // A counter opened, paused or closed changes the waits of every service it serves (none open:
      // no estimate at all), and the event carries no queue figures: ask for the server's, as the kiosk does.
      return { state: { ...seen, centre }, announce: [], refetchCentre: true };
    }
    case 'service.changed': {
      const { serviceId, open, closedByStaff } = event.data;
      const centre = seen.centre && {
        ...seen.centre,
        services: seen.centre.services.map((service) => (service.id === serviceId ? { ...service, open, closedByStaff } : service)),
      };
      return unchanged({ ...seen, centre });
    }
    case 'day.reset':
      // Numbering starts again: yesterday's "A 12" next to today's would mislead.
      return unchanged({ ...seen, calls: [] });
    case 'config.changed':
      return { state: seen, announce: [], refetchCentre: true };
    case 'heartbeat':
      // Proof of life only; the connection's watchdog consumes it before it gets here.
      return unchanged(state);
    case 'device.changed':
      // Kiosks and displays gone silent, printers out of paper: for the manager view, not the wall.
      return unchanged(seen);
  }
}
