import type { Centre, Colleague, CounterState, DeviceState, PendingTransfer, ServerEvent, StaffTicket } from '@dintur/shared';
import type { ApiClient } from '../api/api-client.js';
import type { ServerClock } from './server-clock.js';
import type { TicketBook } from './ticket-book.js';

export type Connection = 'connecting' | 'online' | 'offline';

/** What the overview knows of kiosks and displays (`GET /api/devices`). */
export type DeviceFeed =
  | { state: 'loading' }
  | { state: 'ready'; devices: DeviceState[] }
  /** The server has no device status (404): said once, not as an alert. */
  | { state: 'unavailable' }
  | { state: 'failed' };

/** What every page of the app renders from; replaced as a whole on every change. */
export type LiveView = {
  connection: Connection;
  /** The centre as the last snapshot and the events since say; null until the first snapshot. */
  centre: Centre | null;
  /** The day's tickets in play, with staff details (notes, places, reservations). */
  tickets: TicketBook;
  /** Transferred tickets not yet called, by ticket id. */
  transfers: ReadonlyMap<number, PendingTransfer>;
  colleagues: readonly Colleague[];
  clock: ServerClock;
  devices: DeviceFeed;
  /** The tickets have been loaded at least once (until then an empty book means "not known yet"). */
  ticketsLoaded: boolean;
};

/** The view before the first snapshot. */
export const initialView: LiveView = {
  connection: 'connecting',
  centre: null,
  tickets: new Map(),
  transfers: new Map(),
  colleagues: [],
  clock: { offsetMs: 0 },
  devices: { state: 'loading' },
  ticketsLoaded: false,
};

export type LiveStore = {
  subscribe(listener: () => void): () => void;
  getView(): LiveView;
  /** An action's answer: the newest state of that ticket, shown at once. */
  takeTicket(ticket: StaffTicket): void;
  /** A counter's new state from an action's answer. */
  takeCounter(counter: CounterState): void;
  refreshColleagues(): void;
  /**
   * Every event of the stream once the store has taken it (a snapshot on each (re)connect): what
   * the overview's feed is made of.
   */
  onEvent(listener: (event: ServerEvent) => void): () => void;
  close(): void;
};

export type LiveStoreOptions = {
  api: ApiClient;
  /** Whether to follow device status (the overview's alerts): leaders only. */
  followDevices: boolean;
  /** Silence on the stream longer than this means the connection is dead. */
  watchdogMs?: number;
};
