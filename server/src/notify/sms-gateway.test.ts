import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { giveUpAfterMs, retryDelay, sendSms } from '@dintur/shared/sms';

/** A real HTTP server on 127.0.0.1 answering with `status` (or never, for null). */
async function gatewayAnswering(status: number | null) {
  const received: { body: unknown; authorization: string | undefined }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: JSON.parse(Buffer.concat(chunks).toString()), authorization: request.headers.authorization });
      if (status !== null) response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, received };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const message = { to: '+4540112233', text: 'Hej', id: 'booked:ABCDEFGH' };

describe('sending to the gateway', () => {
  it('posts {to, from, text, id} with the bearer token, and is done on a 2xx', async () => {
    const gateway = await gatewayAnswering(202);
    expect(await sendSms({ url: gateway.url, from: 'Valby', token: 'secret' }, message)).toEqual({ ok: true });
    expect(gateway.received).toEqual([{ body: { to: '+4540112233', from: 'Valby', text: 'Hej', id: 'booked:ABCDEFGH' }, authorization: 'Bearer secret' }]);
  });

  it('retries a 5xx, 408 and 429 but not another 4xx, and never names the number', async () => {
    for (const [status, retry] of [[500, true], [503, true], [408, true], [429, true], [400, false], [401, false], [404, false]] as const) {
      const gateway = await gatewayAnswering(status);
      const result = await sendSms({ url: gateway.url, from: 'Valby' }, message);
      expect(result).toEqual({ ok: false, retry, reason: `HTTP ${status}` });
      expect(gateway.received[0]!.authorization).toBeUndefined();
    }
  });

  it('retries a gateway that does not answer in time or cannot be reached', async () => {
    const hanging = await gatewayAnswering(null);
    const late = await sendSms({ url: hanging.url, from: 'Valby' }, message, 200);
    expect(late).toEqual({ ok: false, retry: true, reason: 'no answer within 200 ms' });
    const refused = await sendSms({ url: 'http://127.0.0.1:1/sms', from: 'Valby' }, message);
    expect(refused).toMatchObject({ ok: false, retry: true });
    if (!refused.ok) expect(refused.reason).not.toContain('4540112233');
  });
});

describe('the retry schedule', () => {
  it('doubles from 30 seconds to at most 10 minutes, and gives up after a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(retryDelay)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000]);
    expect(giveUpAfterMs).toBe(24 * 60 * 60_000);
  });
});
