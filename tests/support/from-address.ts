import { request as httpRequest } from 'node:http';

export type AddressedResponse = { status: number; body: any; headers: Record<string, string | string[] | undefined> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON

/**
 * One HTTP request whose connection leaves from `localAddress` (any 127/8 address reaches a
 * server on 127.0.0.1), so a test can play many clients at different addresses.
 */
export function requestFrom(
  baseUrl: string,
  localAddress: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<AddressedResponse> {
  const url = new URL(path, baseUrl);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method,
        localAddress,
        agent: false,
        headers: { ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }), ...options.headers },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: incoming.statusCode ?? 0, body, headers: incoming.headers });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** A different client address per number: 0 → 127.0.0.2, 1 → 127.0.0.3, …, 250 → 127.0.1.2; never 127.0.0.1. */
export const loopbackAddress = (n: number) => `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`;
