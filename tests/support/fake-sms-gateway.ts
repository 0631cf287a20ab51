import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * How the fake gateway answers: `ok` takes every message (200), `fail` answers 500, `refuse`
 * answers 400 (a message the gateway will never take), `busy` answers 429, `hang` reads the request
 * and never answers (a gateway that is stuck), `down` closes the connection without an answer.
 */
export type FakeSmsGatewayMode = 'ok' | 'fail' | 'refuse' | 'busy' | 'hang' | 'down';

/** One request as the gateway received it. */
export type SmsGatewayRequest = {
  to: unknown;
  from: unknown;
  text: unknown;
  id: unknown;
  /** The Authorization header, if any. */
  authorization: string | undefined;
  /** What the gateway answered: a status, or "hang"/"down". */
  answered: number | 'hang' | 'down';
};

export type FakeSmsGateway = {
  /** The URL to give the centre as DINTUR_SMS_URL. */
  url: string;
  readonly mode: FakeSmsGatewayMode;
  setMode(mode: FakeSmsGatewayMode): void;
  /** Every request received, in order, whatever was answered. */
  requests: SmsGatewayRequest[];
  /**
   * The messages the gateway took (answered 2xx), once per id as a real gateway promises: a
   * message sent again under the same id is not delivered twice. `duplicates` counts such repeats.
   */
  delivered(): { to: string; from: string; text: string; id: string }[];
  duplicates(): number;
  close(): Promise<void>;
};

/**
 * A generic HTTP SMS gateway on 127.0.0.1 for tests: it takes POST JSON `{to, from, text, id}` and
 * records it. It stands in for the SMS provider, which cannot run here; everything else — the
 * HTTP, the JSON, the timeouts — is real. `requireToken` makes it answer 401 without that bearer.
 */
export async function startFakeSmsGateway(options: { mode?: FakeSmsGatewayMode; requireToken?: string } = {}): Promise<FakeSmsGateway> {
  let mode: FakeSmsGatewayMode = options.mode ?? 'ok';
  const requests: SmsGatewayRequest[] = [];
  const taken = new Map<string, { to: string; from: string; text: string; id: string }>();
  let duplicates = 0;
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // recorded as empty: the test sees the fields missing
      }
      const record: SmsGatewayRequest = { to: body.to, from: body.from, text: body.text, id: body.id, authorization: request.headers.authorization, answered: 200 };
      requests.push(record);
      const answer = (status: number) => {
        record.answered = status;
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
      };
      if (request.method !== 'POST' || request.headers['content-type']?.startsWith('application/json') !== true) return answer(415);
      if (options.requireToken !== undefined && request.headers.authorization !== `Bearer ${options.requireToken}`) return answer(401);
      if (mode === 'hang') {
        record.answered = 'hang';
        hanging.add(response);
        return;
      }
      if (mode === 'down') {
        record.answered = 'down';
        request.socket.destroy();
        return;
      }
      if (mode === 'fail') return answer(500);
      if (mode === 'busy') return answer(429);
      if (mode === 'refuse') return answer(400);
      const valid = ['to', 'from', 'text', 'id'].every((field) => typeof body[field] === 'string');
      if (!valid) return answer(400);
      const id = body.id as string;
      if (taken.has(id)) duplicates += 1;
      else taken.set(id, { to: body.to as string, from: body.from as string, text: body.text as string, id });
      answer(202);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/messages`,
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
      // Requests left hanging are dropped when the gateway comes back (as a restarted gateway would).
      if (next !== 'hang') for (const response of hanging) response.socket?.destroy();
      if (next !== 'hang') hanging.clear();
    },
    requests,
    delivered: () => [...taken.values()],
    duplicates: () => duplicates,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
