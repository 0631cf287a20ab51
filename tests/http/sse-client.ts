import { serverEvents, type ServerEventName, type ServerEventPayload } from '@dintur/shared';
import { SseParser, type SseFrame } from '../support/sse-parser.js';

export type { SseFrame };

export type EventStreamClient = {
  status: number;
  contentType: string | null;
  parser: SseParser;
  /** The next event not yet taken; fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseFrame>;
  /** Events taken so far and still queued, for checking that nothing unexpected arrived. */
  pending(): readonly SseFrame[];
  close(): void;
};

/** Opens `GET /api/events` with fetch and reads it as a stream of frames. */
export async function openEventStream(baseUrl: string, options: { lastEventId?: number | string } = {}): Promise<EventStreamClient> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, {
    headers: { accept: 'text/event-stream', ...(options.lastEventId !== undefined && { 'last-event-id': String(options.lastEventId) }) },
    signal: abort.signal,
  });
  if (!response.body) throw new Error(`GET /api/events answered ${response.status} without a body`);
  const parser = new SseParser();
  const queue: SseFrame[] = [];
  const waiters: (() => void)[] = [];
  let ended: Error | undefined;
  const wake = () => waiters.splice(0).forEach((waiter) => waiter());

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        queue.push(...parser.push(value));
        wake();
      }
      ended = new Error('The event stream ended');
    } catch (error) {
      ended = error instanceof Error ? error : new Error(String(error));
    }
    wake();
  })();

  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    parser,
    async next(timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        if (ended) throw ended;
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`No server-sent event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return queue.shift()!;
    },
    pending: () => [...queue],
    close: () => abort.abort(),
  };
}

/** Checks that a frame is the named event and parses its data with the shared event map. */
export function eventData<Name extends ServerEventName>(frame: SseFrame, name: Name): ServerEventPayload<Name> {
  if (frame.event !== name) throw new Error(`Expected a ${name} event, got ${frame.event}: ${frame.data}`);
  return serverEvents[name].parse(JSON.parse(frame.data)) as ServerEventPayload<Name>;
}

/** The numeric id of a frame; fails when it has none. */
export function eventId(frame: SseFrame): number {
  const id = Number(frame.id);
  if (frame.id === undefined || !Number.isInteger(id)) throw new Error(`The ${frame.event} event has no numeric id`);
  return id;
}
