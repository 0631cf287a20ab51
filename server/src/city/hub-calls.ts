import type { ErrorBody } from '@dintur/shared';

/**
 * What the centre's two followers of the city hub share (city-link.ts ships the log, booking-feed.ts
 * follows the bookings): the hub's refusal as an error, and a wait that ends early when they stop.
 */

/** The hub answered with an error status; its JSON error body when it sent one. */
export class HubAnswer extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | undefined,
  ) {
    super(body?.error.message ?? `HTTP ${status}`);
  }
}

/** Waits `ms`, or less if `signal` aborts; leaves no listener behind either way. */
export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
