import { serverEvents, type ServerEventName, type ServerEventPayload } from '@dintur/shared';

/** One dispatched server-sent event. */
export type SseFrame = {
  /** The `id:` field of this event's own block, if it had one. */
  id: string | undefined;
  /** The `event:` field, or "message" when the block had none. */
  event: string;
  data: string;
};

/**
 * An incremental parser of `text/event-stream` (the WHATWG HTML "event stream interpretation"):
 * lines end in LF, CRLF or CR; a blank line dispatches the block; `:` starts a comment; a block
 * without `data:` dispatches nothing; a `retry:` of digits sets the reconnection delay.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;
  /** The last `id:` seen on the stream: what a reconnect sends as Last-Event-ID. */
  lastEventId = '';
  retryMs: number | undefined;

  /** Feeds decoded text; returns the events completed by it. */
  push(text: string): SseFrame[] {
    this.buffer += text;
    const frames: SseFrame[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      if (end < 0) break;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (this.buffer[end] === '\r' && end === this.buffer.length - 1) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (this.buffer.startsWith('\r\n', end) ? 2 : 1));
      const frame = this.line(line);
      if (frame) frames.push(frame);
    }
    return frames;
  }

  private line(line: string): SseFrame | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.event = value;
        break;
      case 'id':
        if (!value.includes('\0')) {
          this.id = value;
          this.lastEventId = value;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retryMs = Number(value);
        break;
    }
    return undefined;
  }

  private dispatch(): SseFrame | undefined {
    const frame = this.data.length > 0 ? { id: this.id, event: this.event || 'message', data: this.data.join('\n') } : undefined;
    this.data = [];
    this.event = '';
    this.id = undefined;
    return frame;
  }
}

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
