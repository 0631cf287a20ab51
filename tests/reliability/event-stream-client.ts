import { request, type ClientRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

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
    let buffer = '';
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
      response.on('data', (chunk: string) => {
        const receivedAt = performance.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const frame = parseFrame(buffer.slice(0, end), receivedAt);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (!frame) continue;
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

function parseFrame(text: string, receivedAt: number): EventFrame | undefined {
  let id: number | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = Number(value);
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return undefined;
  return { id, event, data: data.join('\n'), receivedAt };
}
