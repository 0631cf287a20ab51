import type { NextFunction, Request, Response } from 'express';
import type { Engine } from '../engine/engine.js';
import { DomainError } from '../engine/errors.js';

/** Reconnecting clients that missed more events than this get the snapshot only. */
const maxReplay = 1000;
/** A client that has not read this much is stalled: dropped, it reconnects and resyncs. */
const maxBufferedBytes = 1_000_000;

/**
 * How many streams anonymous clients may hold (docs/DECISIONS.md, "Caps: bookings, streams,
 * queues"). Signed-in staff and the device addresses are never counted nor refused.
 */
export type EventStreamLimits = {
  /** Streams one client address may hold; 0: no cap. */
  perClient: number;
  /** Streams all anonymous clients together may hold (well under the process's file limit); 0: no cap. */
  total: number;
  /** A client whose socket has not drained for this long is dropped (it does not read). */
  stalledMs: number;
  /** The client address a request counts against (`request.ip`, IPv6 by its /64). */
  clientOf(request: Request): string;
  /** Kiosks, displays and staff: never capped out. */
  isExempt(request: Request): boolean;
};

export const defaultStreamLimits = { perClient: 200, total: 500, stalledMs: 30_000 } as const;

type Client = {
  /** Events it already saw in its snapshot are skipped. */
  snapshotId: number;
  /** The address it counts against; null when exempt. */
  key: string | null;
  /** Since when its socket has held bytes it did not take (Date.now), or null. */
  stalledSince: number | null;
};

const frame = (id: number, type: string, data: unknown) => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /api/events`: server-sent events. On every (re)connect the client first gets the events
 * it missed since its `Last-Event-ID` (so a display can still announce a call made during a
 * short drop-out), then a `snapshot` of the whole state with the newest event's id, then every
 * event as it is published. A heartbeat comment keeps proxies and watchdogs informed, and keeps
 * bytes in flight, so TCP notices a peer that vanished. Anonymous clients are capped per address
 * (429) and in all (503); a client that stops reading is dropped.
 */
export function createEventStream(engine: Engine, heartbeatMs: number, limits: EventStreamLimits) {
  const clients = new Map<Response, Client>();
  const perAddress = new Map<string, number>();
  let anonymous = 0;

  const drop = (response: Response) => {
    const client = clients.get(response);
    if (!client) return;
    clients.delete(response);
    if (client.key !== null) {
      anonymous -= 1;
      const left = (perAddress.get(client.key) ?? 1) - 1;
      if (left > 0) perAddress.set(client.key, left);
      else perAddress.delete(client.key);
    }
  };
  const send = (response: Response, client: Client, text: string) => {
    response.write(text);
    if (response.writableLength > maxBufferedBytes) {
      drop(response);
      response.destroy();
    } else if (response.writableLength > 0 && client.stalledSince === null) {
      // The kernel's buffer is full: what is left waits for the client to read ('drain').
      client.stalledSince = Date.now();
    }
  };
  const unsubscribe = engine.onPublish((event) => {
    const text = frame(event.id, event.type, event.data);
    for (const [response, client] of clients) if (event.id > client.snapshotId) send(response, client, text);
  });
  // A comment keeps proxies from timing out; the `heartbeat` event (no id, so Last-Event-ID
  // stays put) is there because a browser's EventSource never shows comments to the page, and
  // a display's watchdog needs to see that a quiet stream is still alive.
  const heartbeatFrame = ': heartbeat\n\nevent: heartbeat\ndata: {}\n\n';
  const heartbeat = setInterval(() => {
    const now = Date.now();
    for (const [response, client] of clients) {
      if (client.stalledSince !== null && now - client.stalledSince >= limits.stalledMs) {
        // It has not taken a byte for a while: it reconnects when it reads again, and resyncs.
        drop(response);
        response.destroy();
      } else {
        send(response, client, heartbeatFrame);
      }
    }
  }, heartbeatMs);
  heartbeat.unref();

  /** The 429 or 503 of a client past a cap, or null when it may connect. */
  const refusal = (key: string): DomainError | null => {
    if (limits.perClient > 0 && (perAddress.get(key) ?? 0) >= limits.perClient) {
      return new DomainError(429, 'too-many-requests', `At most ${limits.perClient} live connections from one place; close some and try again.`, {
        retryAfterSeconds: 30,
      });
    }
    if (limits.total > 0 && anonymous >= limits.total) {
      return new DomainError(503, 'server-busy', 'The server has as many live connections as it takes; try again shortly.', { retryAfterSeconds: 15 });
    }
    return null;
  };

  return {
    clientCount: () => clients.size,
    handle(request: Request, response: Response, next: NextFunction): void {
      const key = limits.isExempt(request) ? null : limits.clientOf(request);
      const refused = key === null ? null : refusal(key);
      if (refused) return next(refused);
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      request.socket.setNoDelay(true);
      request.socket.setKeepAlive(true);
      response.write(`retry: 2000\n\n`);
      const lastSeen = Number(request.get('Last-Event-ID') ?? request.query.lastEventId);
      if (Number.isInteger(lastSeen) && lastSeen > 0) {
        const missed = engine.publishedAfter(lastSeen, maxReplay + 1);
        if (missed.length <= maxReplay) for (const event of missed) response.write(frame(event.id, event.type, event.payload));
      }
      // Snapshot and subscription happen in one synchronous step: no event can fall between them.
      // Under group commit the snapshot may include writes whose events are published a moment
      // later; their ids are not above the snapshot's, so the client does not get them twice.
      const snapshotId = engine.lastEventId();
      response.write(frame(snapshotId, 'snapshot', engine.snapshot()));
      const client: Client = { snapshotId, key, stalledSince: response.writableLength > 0 ? Date.now() : null };
      clients.set(response, client);
      if (key !== null) {
        anonymous += 1;
        perAddress.set(key, (perAddress.get(key) ?? 0) + 1);
      }
      response.on('drain', () => (client.stalledSince = null));
      request.on('close', () => drop(response));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const response of clients.keys()) response.end();
      clients.clear();
      perAddress.clear();
      anonymous = 0;
    },
  };
}

export type EventStream = ReturnType<typeof createEventStream>;
