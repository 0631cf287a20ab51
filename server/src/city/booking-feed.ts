import { BookingFeed, CityCprKey, type ErrorBody } from '@dintur/shared';
import type { z } from 'zod';
import { cityCprKeyFile, readSecretKey, saveSecretKey } from '../engine/index.js';
import type { Engine } from '../engine/engine.js';
import type { CityLinkSettings } from './city-link.js';
import { HubAnswer, sleep } from './hub-calls.js';

/** How the centre follows the hub's feed of its bookings, for the leaders' overview. */
export type BookingFeedState = {
  state: 'connecting' | 'following' | 'refused' | 'unreachable' | 'failing';
  /** Plain words for the leaders when the feed is not followed. */
  message: string | null;
  /** The last feed revision applied here. */
  cursor: number;
  lastFetchedAt: string | null;
  /** Whether the city's CPR-hash key is here (health cards find bookings made at the hub). */
  cityCprKey: boolean;
};

export type BookingFeedOptions = {
  settings: CityLinkSettings;
  engine: Engine;
  /** Where the city's CPR-hash key is kept, beside the centre's own. */
  dataDir: string;
  /** How often the hub is asked for changes when the last answer had no more waiting. */
  pollMs?: number;
  pageSize?: number;
  /** Longest wait between tries while the hub cannot be reached. */
  maxBackoffMs?: number;
  log?: (message: string) => void;
};

/** The hub answered, but not in the shape of the feed: a hub of another version. */
class UnexpectedAnswer extends Error {}

/** The centre could not keep what the hub sent (a refused write); the same page comes again. */
class NotApplied extends Error {}

/**
 * The centre's copy of the bookings the city hub takes for it. It follows the hub's change feed
 * from its cursor (kept in the database, written with each page in one transaction, so a page is
 * applied once however either side stops), and fetches the city's CPR-hash key once, keeping it
 * in the data directory. It runs beside request handling: every call has a timeout and failures
 * wait with exponential backoff. With the hub gone the centre checks in what it already has.
 */
export function startBookingFeed(options: BookingFeedOptions) {
  const { settings, engine, dataDir } = options;
  const pollMs = options.pollMs ?? 2000;
  const pageSize = options.pageSize ?? 500;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;
  const log = options.log ?? ((message: string) => console.error(`dintur: ${message}`));
  const base = settings.url.replace(/\/+$/, '');
  const centrePath = `/api/centres/${encodeURIComponent(settings.centreId)}`;
  const stopping = new AbortController();
  let keyFetched = false;
  let keyProblem: string | null = null;
  let state: Omit<BookingFeedState, 'cursor'> = { state: 'connecting', message: null, lastFetchedAt: null, cityCprKey: false };

  const stored = readSecretKey(dataDir, cityCprKeyFile);
  if (stored) {
    engine.appointments.useCityCprKey(stored);
    state.cityCprKey = true;
  }

  const setState = (next: BookingFeedState['state'], message: string | null) => {
    // Said once per change, plainly, in the centre's log.
    if (next !== state.state || message !== state.message) {
      if (next === 'following') log(`following the bookings made for "${settings.centreId}" at the city hub ${base}`);
      else if (message) log(message);
    }
    state = { ...state, state: next, message, ...(next === 'following' && { lastFetchedAt: new Date().toISOString() }) };
  };

  async function get<Schema extends z.ZodType>(path: string, schema: Schema): Promise<z.output<Schema>> {
    const response = await fetch(`${base}${path}`, {
      headers: { authorization: `Bearer ${settings.key}` },
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(15_000)]),
    });
    const text = await response.text();
    if (!response.ok) {
      let body: ErrorBody | undefined;
      try {
        body = text ? (JSON.parse(text) as ErrorBody) : undefined;
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      throw new HubAnswer(response.status, body);
    }
    const parsed = schema.safeParse(text ? JSON.parse(text) : undefined);
    if (!parsed.success) throw new UnexpectedAnswer(`GET ${path} answered ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the body'}: ${issue.message}`).join('; ')}`);
    return parsed.data;
  }

  /** The city's CPR-hash key: asked for once per start (it may have been renewed), kept when it differs. */
  async function fetchCprKey(): Promise<void> {
    try {
      const { key } = await get(`${centrePath}/cpr-key`, CityCprKey);
      const bytes = Buffer.from(key, 'base64');
      if (bytes.length < 32) throw new UnexpectedAnswer(`the city's CPR-hash key has ${bytes.length} bytes; at least 32 are needed`);
      if (!stored?.equals(bytes)) saveSecretKey(dataDir, cityCprKeyFile, bytes);
      engine.appointments.useCityCprKey(bytes);
      keyFetched = true;
      keyProblem = null;
      state.cityCprKey = true;
    } catch (error) {
      // Unreachable or refused: the feed says so. A hub that answers without the key is said here, once.
      if (stopping.signal.aborted || !(error instanceof HubAnswer || error instanceof UnexpectedAnswer) || isRefusal(error)) return;
      const message = `the city hub at ${base} did not give the city's CPR-hash key (${error.message}); health cards find only bookings made at this centre until it does. Asking again.`;
      if (message !== keyProblem) log(message);
      keyProblem = message;
    }
  }

  /** Fetches and applies one page of changes; resolves whether more wait. */
  async function fetchPage(): Promise<boolean> {
    const cursor = engine.appointments.cityBookingCursor();
    const feedId = engine.appointments.cityBookingFeedId();
    let page = await get(`${centrePath}/bookings?after=${cursor}&limit=${pageSize}`, BookingFeed);
    if (feedId !== null && page.feedId !== undefined && page.feedId !== feedId && cursor > 0) {
      // The hub's database was replaced and numbers its bookings anew: read its feed from the start
      // (applying a booking's state again changes nothing) rather than skip what lies below our cursor.
      log(`the city hub at ${base} keeps a new booking feed (its database was replaced?); reading every booking of "${settings.centreId}" again`);
      page = await get(`${centrePath}/bookings?after=0&limit=${pageSize}`, BookingFeed);
    }
    try {
      engine.appointments.applyCityBookings(page);
      // The next page is asked for only once this one is on disk.
      await engine.durable();
    } catch (error) {
      throw new NotApplied(error instanceof Error ? error.message : String(error));
    }
    return page.more && page.changes.length > 0;
  }

  const isRefusal = (error: unknown) => error instanceof HubAnswer && (error.status === 401 || error.status === 403);

  function explain(error: unknown): { state: BookingFeedState['state']; message: string } {
    const count = engine.appointments.cityBookingCursor();
    if (isRefusal(error)) {
      return {
        state: 'refused',
        message: `the city hub at ${base} refused this centre's key for "${settings.centreId}" when asked for its bookings (${(error as Error).message}); check DINTUR_CITY_CENTRE_ID and DINTUR_CITY_KEY. Check-in goes on with the bookings already here.`,
      };
    }
    if (error instanceof NotApplied || error instanceof UnexpectedAnswer) {
      return {
        state: 'failing',
        message: `bookings from the city hub at ${base} after revision ${count} could not be ${error instanceof NotApplied ? 'kept here' : 'read'} (${error.message}); trying again. Check-in goes on with the bookings already here.`,
      };
    }
    const reason = error instanceof HubAnswer ? `it answered ${error.status}: ${error.message}` : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return {
      state: 'unreachable',
      message: `the city hub at ${base} cannot be reached for this centre's bookings (${reason}); check-in goes on with the bookings already here, and new ones come when the hub is back.`,
    };
  }

  async function follow(): Promise<void> {
    let backoff = 1000;
    while (!stopping.signal.aborted) {
      try {
        if (!keyFetched) await fetchCprKey();
        const more = await fetchPage();
        backoff = 1000;
        setState('following', null);
        if (!more) await sleep(pollMs, stopping.signal);
      } catch (error) {
        if (stopping.signal.aborted) return;
        const problem = explain(error);
        setState(problem.state, problem.message);
        // A refused key will not heal by itself soon: look again each minute.
        await sleep((problem.state === 'refused' ? maxBackoffMs : backoff) * (0.8 + Math.random() * 0.4), stopping.signal);
        backoff = Math.min(maxBackoffMs, backoff * 2);
      }
    }
  }

  const following = follow();

  return {
    state: (): BookingFeedState => ({ ...state, cursor: engine.appointments.cityBookingCursor() }),
    async stop(): Promise<void> {
      stopping.abort();
      await following;
    },
  };
}

export type BookingFeedFollower = ReturnType<typeof startBookingFeed>;
