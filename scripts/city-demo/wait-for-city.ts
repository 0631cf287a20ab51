import type { CityCentre, CityLinkStatus } from '@dintur/shared';
import { requestJson } from './http-client.js';

export type CentreEndpoint = { id: string; name: string; url: string; token: string };

/** How far one centre's log has reached the hub. */
export type ShippingState = {
  id: string;
  name: string;
  linked: boolean;
  /** The newest event the hub has of the centre. */
  atHub: number;
  /** The newest event of the centre's own log, as its city link last read it. */
  atCentre: number | null;
  linkState: CityLinkStatus['state'];
  linkMessage: string | null;
};

const shipped = (centre: ShippingState) => centre.linked && centre.atCentre !== null && centre.atHub === centre.atCentre;

/** Reads where each centre's log is: the hub's `GET /api/centres`, each centre's `GET /api/city-link`. */
export async function shippingStates(hub: { url: string; token: string }, centres: readonly CentreEndpoint[]): Promise<ShippingState[]> {
  const listed = await requestJson<CityCentre[]>(hub.url, 'GET', '/api/centres', { token: hub.token });
  return Promise.all(
    centres.map(async (centre) => {
      const link = await requestJson<CityLinkStatus>(centre.url, 'GET', '/api/city-link', { token: centre.token });
      const atHub = listed.find((entry) => entry.id === centre.id);
      return {
        id: centre.id,
        name: centre.name,
        linked: atHub?.linked ?? false,
        atHub: atHub?.lastEventId ?? 0,
        atCentre: link.localLastEventId,
        linkState: link.state,
        linkMessage: link.message,
      };
    }),
  );
}

const thousands = (value: number) => value.toLocaleString('en-US').replaceAll(',', ' ');

/** One line of progress: each centre's events at the hub of its events in all. */
export function progressLine(states: readonly ShippingState[]): string {
  const parts = states.map((centre) => {
    if (!centre.linked) return `${centre.name} ${centre.linkState === 'connecting' ? 'connecting' : centre.linkState}`;
    return `${centre.name} ${thousands(centre.atHub)}/${thousands(centre.atCentre ?? 0)}${shipped(centre) ? ' ✓' : ''}`;
  });
  return `shipping history to the hub: ${parts.join(' · ')}`;
}

/**
 * Waits until the hub lists every centre as linked and has its log up to the centre's newest
 * event, saying how far it is every couple of seconds. A refused key fails at once: it will not
 * heal by itself.
 */
export async function waitUntilShipped(options: {
  hub: { url: string; token: string };
  centres: readonly CentreEndpoint[];
  log: (line: string) => void;
  timeoutMs: number;
  signal?: AbortSignal;
  /** A centre that stopped: the wait ends with its reason. */
  stopped?: () => string | undefined;
}): Promise<ShippingState[]> {
  const deadline = Date.now() + options.timeoutMs;
  let lastLine = '';
  let lastSaidAt = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const stopped = options.stopped?.();
    if (stopped) throw new Error(stopped);
    const states = await shippingStates(options.hub, options.centres);
    const refused = states.find((centre) => centre.linkState === 'refused');
    if (refused) throw new Error(`the hub refused the key of ${refused.name}: ${refused.linkMessage ?? ''}`);
    const line = progressLine(states);
    const done = states.every(shipped);
    if (done || (line !== lastLine && Date.now() - lastSaidAt >= 2_000)) {
      options.log(line);
      lastLine = line;
      lastSaidAt = Date.now();
    }
    if (done) return states;
    if (Date.now() > deadline) throw new Error(`the city was not ready within ${Math.round(options.timeoutMs / 1000)} s: ${line}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
