import type { RequestHandler } from 'express';
import type { Clock } from '../engine/clock.js';
import { DomainError } from '../engine/errors.js';

/**
 * At most `perMinute` requests per client address in any one-minute window (fixed windows);
 * 0 turns the limit off. Keeps a stuck kiosk button or a prank from flooding a queue.
 */
export function perClientRateLimit(perMinute: number, clock: Clock, what: string): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (request, _response, next) => {
    if (perMinute <= 0) return next();
    const now = clock.now();
    const client = request.ip ?? request.socket.remoteAddress ?? 'unknown';
    let window = windows.get(client);
    if (!window || now - window.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      window = { start: now, count: 0 };
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
