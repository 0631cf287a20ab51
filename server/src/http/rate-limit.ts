import type { Request, RequestHandler } from 'express';
import { clientKey } from '@dintur/shared/login-guard';
import type { Clock } from '../engine/index.js';
import { DomainError } from '../engine/errors.js';

/** Client windows kept at most; past it, windows that have ended are dropped first. */
const maxClients = 10_000;

/**
 * The client a request comes from: `request.ip`, which behind a proxy named by
 * `DINTUR_TRUSTED_PROXY` is the client the proxy saw (X-Forwarded-For), else the socket's peer.
 * IPv6 by its /64, since one household or attacker gets a whole /64.
 */
export const clientOf = (request: Request): string => clientKey(request.ip ?? request.socket.remoteAddress ?? 'unknown');

/**
 * At most `perMinute` requests per client address in any one-minute window (fixed windows);
 * 0 turns the limit off. Keeps a stuck kiosk button, a prank or a booking robot from flooding.
 */
export function perClientRateLimit(perMinute: number, clock: Clock, what: string): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (request, _response, next) => {
    if (perMinute <= 0) return next();
    const now = clock.now();
    const client = clientOf(request);
    let window = windows.get(client);
    if (!window || now - window.start >= 60_000) {
      // Many addresses must not wipe everyone's counts: only ended windows are forgotten, the oldest first.
      if (!window && windows.size >= maxClients) forgetEnded(windows, now);
      window = { start: now, count: 0 };
      windows.delete(client);
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
      return next(new DomainError(429, 'too-many-requests', `At most ${perMinute} ${what} a minute from one place; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds }));
    }
    next();
  };
}

/** Drops windows that have ended (insertion order is start order); if none has, the oldest. */
function forgetEnded(windows: Map<string, { start: number }>, now: number): void {
  for (const [client, window] of windows) {
    if (now - window.start < 60_000) break;
    windows.delete(client);
  }
  if (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
}
