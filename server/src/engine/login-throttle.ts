import type { Clock } from './clock.js';
import { DomainError } from './errors.js';

type Failures = { count: number; lockedUntil: number; last: number };

/**
 * Slows down guessing: after `freeAttempts` failures for a key (a username, a client address)
 * each further attempt waits twice as long as the one before, up to `maxLockMs`. Forgotten
 * after `forgetAfterMs` without failures, or on a successful sign-in.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly clock: Clock,
    private readonly freeAttempts = 5,
    private readonly maxLockMs = 15 * 60_000,
    private readonly forgetAfterMs = 60 * 60_000,
  ) {}

  /** Throws 429 while any of the keys is locked. */
  check(keys: string[]): void {
    const now = this.clock.now();
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (entry && entry.lockedUntil > now) {
        const seconds = Math.ceil((entry.lockedUntil - now) / 1000);
        throw new DomainError(429, 'too-many-requests', `Too many failed sign-ins; try again in ${seconds} s.`, {
          retryAfterSeconds: seconds,
        });
      }
    }
  }

  fail(keys: string[], freeAttempts = this.freeAttempts): void {
    const now = this.clock.now();
    for (const key of keys) {
      const previous = this.failures.get(key);
      const count = previous && now - previous.last < this.forgetAfterMs ? previous.count + 1 : 1;
      // The lock starts with the last free failure, so the attempt after it already waits.
      const excess = count - freeAttempts;
      const lockedUntil = excess >= 0 ? now + Math.min(this.maxLockMs, 1000 * 2 ** excess) : 0;
      this.failures.set(key, { count, lockedUntil, last: now });
    }
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.last >= this.forgetAfterMs) this.failures.delete(key);
  }
}
