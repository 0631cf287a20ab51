import { operations } from '@dintur/shared';
import { createApiClient, type ApiClientOptions } from '@dintur/web';

/** How often a display says it is alive; the server counts three missed minutes as silence. */
export const heartbeatIntervalMs = 60_000;

export type DisplayHeartbeatOptions = {
  /** The API base the display talks to (`apiBase()`), ending in a slash. */
  base: string;
  /** This display's id in the centre configuration (`displays[].id`). */
  displayId: string;
  intervalMs?: number;
  fetch?: ApiClientOptions<string>['fetch'];
};

/**
 * Tells the centre server every minute that this display is alive (`POST
 * /api/devices/{id}/heartbeat`), so the manager view notices a display that went dark. A failed
 * heartbeat is not retried or shown: the next one follows in a minute, and the screen already
 * shows when it has lost the server. Returns a function that stops it.
 */
export function startDisplayHeartbeat(options: DisplayHeartbeatOptions): () => void {
  const api = createApiClient(operations, { baseUrl: options.base, ...(options.fetch && { fetch: options.fetch }) });
  const beat = () => {
    api.call('deviceHeartbeat', { params: { deviceId: options.displayId }, body: { kind: 'display' } }).catch(() => undefined);
  };
  beat();
  const timer = setInterval(beat, options.intervalMs ?? heartbeatIntervalMs);
  return () => clearInterval(timer);
}
