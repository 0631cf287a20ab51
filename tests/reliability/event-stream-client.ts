import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { SseParser } from '../support/sse-parser.js';

/** One server-sent event as it came off the wire. */
export type EventFrame = {
  id: number | undefined;
  event: string;
  data: string;
  /** `performance.now()` when the chunk holding the end of the frame arrived. */
  receivedAt: number;
};

export type EventStreamClient = {
  /** Every frame received so far, in order (comments and `retry:` lines are left out). */
  frames: EventFrame[];
  close(): void;
};

/**
 * Opens `GET /api/events` on its own connection (like one wall display) and parses the frames
 * as they arrive. Settles once the `snapshot` frame is in, i.e. when the server has subscribed
 * this client to new events.
 */
export function openEventStream(
  url: string,
  onFrame: (frame: EventFrame) => void = () => undefined,
  timeoutMs = 10_000,
): Promise<EventStreamClient> {
  return new Promise((resolve, reject) => {
    const frames: EventFrame[] = [];
    let subscribed = false;
    let outgoing: ClientRequest | undefined = undefined;
    const client: EventStreamClient = { frames, close: () => outgoing?.destroy() };
    const timer = setTimeout(() => {
      client.close();
      reject(new Error(`no snapshot from ${url} within ${timeoutMs} ms`));
    }, timeoutMs);

    outgoing = request(url, { agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) {
        clearTimeout(timer);
        response.resume();
        reject(new Error(`GET ${url} answered ${response.statusCode}`));
        return;
      }
      response.setEncoding('utf8');
      // The same tested parser the HTTP tests use (tests/support/sse-parser.ts).
      const parser = new SseParser();
      response.on('data', (chunk: string) => {
        const receivedAt = performance.now();
        for (const parsed of parser.push(chunk)) {
          const frame: EventFrame = { id: parsed.id === undefined ? undefined : Number(parsed.id), event: parsed.event, data: parsed.data, receivedAt };
          frames.push(frame);
          onFrame(frame);
          if (frame.event === 'snapshot' && !subscribed) {
            subscribed = true;
            clearTimeout(timer);
            resolve(client);
          }
        }
      });
    });
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      if (!subscribed) reject(error);
    });
    outgoing.end();
  });
}
