import type { Request, Response } from 'express';
import type { Engine } from '../engine/engine.js';

/** Reconnecting clients that missed more events than this get the snapshot only. */
const maxReplay = 1000;

const frame = (id: number, type: string, data: unknown) => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * `GET /api/events`: server-sent events. On every (re)connect the client first gets the events
 * it missed since its `Last-Event-ID` (so a display can still announce a call made during a
 * short drop-out), then a `snapshot` of the whole state with the newest event's id, then every
 * event as it is published. A heartbeat comment keeps proxies and watchdogs informed.
 */
export function createEventStream(engine: Engine, heartbeatMs: number) {
  const clients = new Set<Response>();
  const unsubscribe = engine.onPublish((event) => {
    const text = frame(event.id, event.type, event.data);
    for (const client of clients) client.write(text);
  });
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': heartbeat\n\n');
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
      response.write(frame(engine.lastEventId(), 'snapshot', engine.snapshot()));
      clients.add(response);
      request.on('close', () => clients.delete(response));
    },
    close(): void {
      clearInterval(heartbeat);
      unsubscribe();
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}

export type EventStream = ReturnType<typeof createEventStream>;
