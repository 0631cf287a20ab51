import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A forwarding HTTP proxy on a fixed 127.0.0.1 port in front of a test server. The display page
 * is loaded through it, so the page keeps its address while the server behind it is restarted on
 * another port (a real centre server keeps its port; test servers get a new one each start).
 * It can also play a bad network: answer 503 to everything, or keep connections open but pass
 * nothing on (a dead link the browser cannot notice by itself).
 */
export type StableProxy = {
  url: string;
  /** Where requests go from now on; connections to the old target are cut. */
  setTarget(targetUrl: string): void;
  /** Cuts every open connection and answers 503 until `online()`. */
  offline(): void;
  online(): void;
  /** Keeps open responses open but passes nothing more through them (new requests go through). */
  silenceOpenStreams(): void;
  close(): Promise<void>;
};

/** Starts the proxy on a port of its own, forwarding to `targetUrl`. */
export async function startStableProxy(targetUrl: string): Promise<StableProxy> {
  let target = new URL(targetUrl);
  let isOffline = false;
  const upstreams = new Set<IncomingMessage>();
  const sockets = new Set<Socket>();

  const forward = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    if (isOffline) {
      outgoing.writeHead(503, { 'content-type': 'text/plain' }).end('offline (test proxy)');
      return;
    }
    const upstreamRequest = request(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
        // One upstream connection per request: a closed server must not leave pooled sockets behind.
        agent: false,
      },
      (upstream) => {
        upstreams.add(upstream);
        upstream.on('close', () => upstreams.delete(upstream));
        outgoing.writeHead(upstream.statusCode ?? 502, upstream.headers);
        // Server-sent events must go through at once, frame by frame.
        outgoing.flushHeaders();
        upstream.pipe(outgoing);
        upstream.on('error', () => outgoing.destroy());
      },
    );
    upstreamRequest.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway (test proxy)');
      else outgoing.destroy();
    });
    outgoing.on('close', () => upstreamRequest.destroy());
    incoming.pipe(upstreamRequest);
  };

  const server = createServer(forward);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
    for (const upstream of upstreams) upstream.destroy();
  };

  return {
    url: `http://127.0.0.1:${port}`,
    setTarget(next) {
      target = new URL(next);
      cutAll();
    },
    offline() {
      isOffline = true;
      cutAll();
    },
    online() {
      isOffline = false;
    },
    silenceOpenStreams() {
      for (const upstream of upstreams) upstream.unpipe();
    },
    async close() {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
