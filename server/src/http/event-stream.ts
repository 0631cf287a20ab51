import type { Request, Response } from 'express';
import type { Engine } from '../engine/engine.js';

/** Reconnecting clients that missed more events than this get the snapshot only. */
const maxReplay = 1000;
/** A client that has not read this much is stalled: dropped, it reconnects and resyncs. */
const maxBufferedBytes = 1_000_000;

const frame = (id: number, type: string, data: unknown) => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /api/events`: server-sent events. On every (re)connect the client first gets the events
 * it missed since its `Last-Event-ID` (so a display can still announce a call made during a
 * short drop-out), then a `snapshot` of the whole state with the newest event's id, then every
 * event as it is published. A heartbeat comment keeps proxies and watchdogs informed.
 */
export function createEventStream(engine: Engine, heartbeatMs: number) {
  /** Each client with the id of its snapshot: events it already saw in the snapshot are skipped. */
  const clients = new Map<Response, number>();
  const send = (client: Response, text: string) => {
    client.write(text);
    if (client.writableLength > maxBufferedBytes) {
      clients.delete(client);
      client.destroy();
    }
  };
  const unsubscribe = engine.onPublish((event) => {
    const text = frame(event.id, event.type, event.data);
    for (const [client, snapshotId] of clients) if (event.id > snapshotId) send(client, text);
  });
  // A comment keeps proxies from timing out; the `heartbeat` event (no id, so Last-Event-ID
  // stays put) is there because a browser's EventSource never shows comments to the page, and
  // a display's watchdog needs to see that a quiet stream is still alive.
  const heartbeatFrame = ': heartbeat\n\nevent: heartbeat\ndata: {}\n\n';
  const heartbeat = setInterval(() => {
    for (const client of clients.keys()) send(client, heartbeatFrame);
  }, heartbeatMs);
  heartbeat.unref();

  return {
    clientCount: () => clients.size,
    handle(request: Request, response: Response): void {
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
      clients.set(response, snapshotId);
      request.on('close', () => clients.delete(response));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of clients.keys()) client.end();
      clients.clear();
    },
  };
}

export type EventStream = ReturnType<typeof createEventStream>;
