import type { BatchReceipt, CentreConfig, CentreStatus, ErrorBody, ShippedEvent, ShippingCursor } from '@dintur/shared';
import type { Engine } from '../engine/engine.js';
import type { LogReader } from '../data/log-reader.js';
import { HubAnswer, sleep } from './hub-calls.js';

export type CityLinkSettings = { url: string; centreId: string; key: string };

/** What the leaders' overview shows of the link to the city hub. */
export type CityLinkState = {
  state: 'connecting' | 'linked' | 'refused' | 'unreachable' | 'out-of-step';
  /** Plain words for the leaders when not linked. */
  message: string | null;
  /** How far the hub has this centre's log, and how far the log goes here. */
  hubLastEventId: number | null;
  localLastEventId: number;
  lastContactAt: string | null;
};

export type CityLinkOptions = {
  settings: CityLinkSettings;
  engine: Engine;
  reader: LogReader;
  /** Events per batch. */
  batchSize?: number;
  /** How often the log is looked at when nothing woke the link (events that are not published). */
  pollMs?: number;
  /** A status at least this often, so the hub knows the centre is alive. */
  statusEveryMs?: number;
  /** Longest wait between tries while the hub cannot be reached. */
  maxBackoffMs?: number;
  /**
   * How long after a change the log is shipped: a busy centre then sends a few batches a second,
   * not one per event (the live status has its own, faster path).
   */
  shipDelayMs?: number;
  /** The pause between two full batches of a backlog. */
  backlogPauseMs?: number;
  log?: (message: string) => void;
};

/** The hub has events of this centre beyond the end of the centre's log. */
class OutOfStep extends Error {
  constructor(
    readonly hubLastEventId: number,
    readonly localLastEventId: number,
  ) {
    super(`the hub has events up to ${hubLastEventId}, the centre's log ends at ${localLastEventId}`);
  }
}

/**
 * The centre's link to the city hub. It ships the event log in order and in batches from the
 * hub's cursor (the hub keeps each event once, so a resend after a crash of either side doubles
 * nothing), and sends a compact live status within a second of a change. It runs beside request
 * handling and never in its way: the log is read through its own read-only connection, every
 * call to the hub has a timeout, and failures wait with exponential backoff. The centre serves
 * exactly the same whether the hub answers, is slow, refuses the key, or is gone.
 */
export function startCityLink(options: CityLinkOptions) {
  const { settings, engine, reader } = options;
  const batchSize = options.batchSize ?? 1000;
  const pollMs = options.pollMs ?? 1000;
  const statusEveryMs = options.statusEveryMs ?? 20_000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const shipDelayMs = options.shipDelayMs ?? 250;
  const backlogPauseMs = options.backlogPauseMs ?? 200;
  let wakeTimer: NodeJS.Timeout | undefined;
  const log = options.log ?? ((message: string) => console.error(`dintur: ${message}`));
  const base = settings.url.replace(/\/+$/, '');
  const stopping = new AbortController();
  const sentConfigs = new Set<string>();
  let cursor: number | undefined;
  let wake: (() => void) | undefined;
  let state: CityLinkState = { state: 'connecting', message: null, hubLastEventId: null, localLastEventId: reader.lastId(), lastContactAt: null };

  const setState = (next: CityLinkState['state'], message: string | null) => {
    // Said once per change, plainly, in the centre's log; the overview shows it too.
    if (next !== state.state || message !== state.message) {
      if (next === 'linked') log(`linked to the city hub at ${base} as "${settings.centreId}"`);
      else if (message) log(message);
    }
    state = { ...state, state: next, message, ...(next === 'linked' && { lastContactAt: new Date().toISOString() }) };
  };

  async function call<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T | undefined> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${settings.key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(15_000)]),
    });
    const text = await response.text();
    if (!response.ok) throw new HubAnswer(response.status, text ? (JSON.parse(text) as ErrorBody) : undefined);
    return text ? (JSON.parse(text) as T) : undefined;
  }

  const centrePath = `/api/centres/${encodeURIComponent(settings.centreId)}`;

  /** The configurations a batch needs: those its `config.changed` events name, and the one in force if not sent yet. */
  function configsFor(events: readonly ShippedEvent[]): { version: string; document: CentreConfig }[] {
    const configs: { version: string; document: CentreConfig }[] = [];
    for (const event of events) {
      const version = event.type === 'config.changed' ? event.details.configVersion : undefined;
      if (typeof version !== 'string' || sentConfigs.has(version)) continue;
      const document = reader.config(version);
      if (document) configs.push({ version, document });
    }
    // The configuration in force goes with the first batch; after that every change comes as a config.changed event.
    if (sentConfigs.size > 0) return configs;
    const current = reader.current();
    if (current && !configs.some((config) => config.version === current.version)) configs.push(current);
    return configs;
  }

  /**
   * A centre whose log is still empty (just set up) has sent the hub no configuration, and the hub
   * cannot offer its slots for booking: it is sent alone, once, when the hub says it has another.
   */
  async function sendConfigurationAlone(after: number, hubConfigVersion: string | null | undefined): Promise<void> {
    const current = reader.current();
    if (hubConfigVersion === undefined || !current || hubConfigVersion === current.version || sentConfigs.has(current.version)) return;
    await call<BatchReceipt>('POST', `${centrePath}/events`, { after, events: [], configs: [current] });
    sentConfigs.add(current.version);
  }

  /** Ships what the hub does not have yet; resolves when the log is shipped up to its end. */
  async function shipBacklog(): Promise<void> {
    let from: number;
    // What configuration the hub has in force here: known only when the cursor was just asked for.
    let hubConfigVersion: string | null | undefined;
    if (cursor === undefined) {
      const answer = (await call<ShippingCursor>('GET', `${centrePath}/cursor`))!;
      from = answer.lastEventId;
      hubConfigVersion = answer.configVersion;
    } else {
      from = cursor;
    }
    cursor = from;
    state.hubLastEventId = from;
    // Events written here after a replaced database would carry ids the hub already has: say so, never skip them silently.
    const localLast = reader.lastId();
    if (from > localLast) throw new OutOfStep(from, localLast);
    for (;;) {
      const events = reader.eventsAfter(from, batchSize);
      if (events.length === 0) {
        await sendConfigurationAlone(from, hubConfigVersion);
        return;
      }
      const configs = configsFor(events);
      try {
        const receipt: BatchReceipt | undefined = await call<BatchReceipt>('POST', `${centrePath}/events`, { after: from, events, configs });
        from = cursor = receipt!.lastEventId;
      } catch (error) {
        if (error instanceof HubAnswer && error.status === 409 && typeof error.body?.error.details?.lastEventId === 'number') {
          // The hub has less (or more) than we thought: go on from what it has.
          from = cursor = error.body.error.details.lastEventId;
          continue;
        }
        throw error;
      }
      for (const config of configs) sentConfigs.add(config.version);
      state.hubLastEventId = from;
      setState('linked', null);
      // A short batch reached the end of the log: wait for more rather than send a batch per event.
      if (events.length < batchSize) return;
      // A backlog ships with a breath between batches, so kiosks and counters are not kept waiting
      // behind it (reading and encoding a batch holds the thread for a few milliseconds).
      await sleep(backlogPauseMs, stopping.signal);
    }
  }

  function explain(error: unknown): { state: CityLinkState['state']; message: string } {
    if (error instanceof OutOfStep) {
      return {
        state: 'out-of-step',
        message: `the city hub at ${base} has this centre's log up to event ${error.hubLastEventId}, but the log here ends at ${error.localLastEventId}: was the centre's database replaced? Nothing is sent until the hub's copy of "${settings.centreId}" is sorted out (register the centre anew, or restore its database). The centre goes on serving.`,
      };
    }
    if (error instanceof HubAnswer && (error.status === 401 || error.status === 403)) {
      return {
        state: 'refused',
        message: `the city hub at ${base} refused this centre's key for "${settings.centreId}" (${error.message}); check DINTUR_CITY_CENTRE_ID and DINTUR_CITY_KEY. The centre goes on serving; nothing is sent to the city until the key is right.`,
      };
    }
    const reason = error instanceof HubAnswer ? `it answered ${error.status}: ${error.message}` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { state: 'unreachable', message: `the city hub at ${base} cannot be reached (${reason}); the centre goes on serving and sends its log when the hub is back.` };
  }

  async function shipLoop(): Promise<void> {
    let backoff = 1000;
    while (!stopping.signal.aborted) {
      try {
        await shipBacklog();
        backoff = 1000;
        if (state.state === 'connecting') setState('linked', null);
        await new Promise<void>((resolve) => {
          wake = resolve;
          void sleep(pollMs, stopping.signal).then(resolve);
        });
        wake = undefined;
      } catch (error) {
        if (stopping.signal.aborted) return;
        const problem = explain(error);
        setState(problem.state, problem.message);
        // The cursor is asked for again: the hub may have been restored from a backup.
        cursor = undefined;
        // A refused key will not heal by itself soon: look again each minute.
        const wait = problem.state === 'refused' || problem.state === 'out-of-step' ? maxBackoffMs : backoff;
        await sleep(wait * (0.8 + Math.random() * 0.4), stopping.signal);
        backoff = Math.min(maxBackoffMs, backoff * 2);
      }
    }
  }

  function status(): CentreStatus {
    const centre = engine.centre();
    return {
      at: new Date(engine.clock.now()).toISOString(),
      name: engine.config().centre.name,
      openNow: centre.services.some((service) => service.open),
      countersOpen: centre.counters.filter((counter) => counter.status === 'open').length,
      services: centre.services.map(({ id, name, waiting, estimatedWaitMinutes, open }) => ({ id, name, waiting, estimatedWaitMinutes, open })),
    };
  }

  let statusTimer: NodeJS.Timeout | undefined;
  let statusInFlight = false;
  let statusAgain = false;
  let lastStatusAt = 0;
  async function sendStatus(): Promise<void> {
    if (statusInFlight) {
      statusAgain = true;
      return;
    }
    statusInFlight = true;
    lastStatusAt = Date.now();
    try {
      await call('PUT', `${centrePath}/status`, status());
    } catch (error) {
      if (!stopping.signal.aborted && state.state === 'linked') {
        const problem = explain(error);
        setState(problem.state, problem.message);
      }
    } finally {
      statusInFlight = false;
      if (statusAgain && !stopping.signal.aborted) {
        statusAgain = false;
        scheduleStatus();
      }
    }
  }
  /** A change goes out within a second; a burst of changes as one status. */
  function scheduleStatus(): void {
    if (statusTimer || stopping.signal.aborted) return;
    const delay = Math.max(0, 500 - (Date.now() - lastStatusAt));
    statusTimer = setTimeout(() => {
      statusTimer = undefined;
      void sendStatus();
    }, delay);
  }

  const unsubscribe = engine.onPublish(() => {
    scheduleStatus();
    wakeTimer ??= setTimeout(() => {
      wakeTimer = undefined;
      wake?.();
    }, shipDelayMs);
  });
  const heartbeat = setInterval(() => void sendStatus(), statusEveryMs);
  heartbeat.unref();
  const shipping = shipLoop();
  void sendStatus();

  return {
    state: (): CityLinkState => ({ ...state, localLastEventId: reader.lastId() }),
    /** Ships now instead of at the next poll (tests, and events that are not published). */
    nudge: () => wake?.(),
    async stop(): Promise<void> {
      stopping.abort();
      unsubscribe();
      clearInterval(heartbeat);
      if (statusTimer) clearTimeout(statusTimer);
      if (wakeTimer) clearTimeout(wakeTimer);
      wake?.();
      await shipping;
      reader.close();
    },
  };
}

export type CityLink = ReturnType<typeof startCityLink>;
