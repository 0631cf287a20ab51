import type { Request } from 'express';
import { clientKey } from '@dintur/shared/login-guard';
import { HubError } from '../services/errors.js';

/** Client windows kept at most; past it, windows that have ended are dropped first. */
const maxClients = 10_000;

/**
 * At most `perMinute` requests per client address in any one-minute window (fixed windows); 0
 * turns the limit off. The client is `request.ip`: behind a proxy named by `DINTUR_TRUSTED_PROXY`
 * the client the proxy saw, IPv6 by its /64. `check` throws the 429 with Retry-After.
 */
export function perClientRateLimit(perMinute: number, now: () => number, what: string) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    check(request: Request): void {
      if (perMinute <= 0) return;
      const time = now();
      const client = clientKey(request.ip ?? request.socket.remoteAddress ?? 'unknown');
      let window = windows.get(client);
      if (!window || time - window.start >= 60_000) {
        if (!window && windows.size >= maxClients) forgetEnded(windows, time);
        window = { start: time, count: 0 };
        windows.delete(client);
        windows.set(client, window);
      }
      window.count += 1;
      if (window.count > perMinute) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.start + 60_000 - time) / 1000));
        throw new HubError(429, 'too-many-requests', `At most ${perMinute} ${what} a minute from one place; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
      }
    },
  };
}

/** Drops windows that have ended (insertion order is start order); if none has, the oldest. */
function forgetEnded(windows: Map<string, { start: number }>, time: number): void {
  for (const [client, window] of windows) {
    if (time - window.start < 60_000) break;
    windows.delete(client);
  }
  if (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
}
