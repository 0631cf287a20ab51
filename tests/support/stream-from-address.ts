import { request as httpRequest, type IncomingMessage } from 'node:http';

export type AddressedStream = {
  status: number;
  headers: IncomingMessage['headers'];
  /** A refusal's JSON body (undefined for a stream that was accepted). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  /** What the stream has sent so far (only while it is read). */
  text(): string;
  /** Settles when the server ends or drops the connection. */
  ended: Promise<void>;
  close(): void;
};

/**
 * `GET /api/events` from `localAddress` (any 127/8 address). An accepted stream settles at its
 * headers and stays open; with `read: false` nothing of it is ever read, as a stalled client.
 * A refusal settles with its JSON body.
 */
export function openStreamFrom(baseUrl: string, localAddress: string, options: { read?: boolean; headers?: Record<string, string> } = {}): Promise<AddressedStream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(new URL('/api/events', baseUrl), { localAddress, agent: false, headers: { accept: 'text/event-stream', ...options.headers } }, (incoming) => {
      let received = '';
      const ended = new Promise<void>((settle) => {
        incoming.on('close', settle);
        incoming.on('error', () => settle());
      });
      const stream = {
        status: incoming.statusCode ?? 0,
        headers: incoming.headers,
        body: undefined as unknown,
        text: () => received,
        ended,
        close: () => outgoing.destroy(),
      };
      if (stream.status !== 200) {
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (received += chunk));
        incoming.on('end', () => {
          try {
            stream.body = JSON.parse(received);
          } catch {
            stream.body = received;
          }
          resolve(stream);
        });
        return;
      }
      if (options.read === false) incoming.pause();
      else {
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (received += chunk));
      }
      resolve(stream);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
