/**
 * Reconnect delays: quick first tries (a server restart takes seconds), then every 10 s at most.
 * A centre has a handful of kiosks, and a citizen is standing in front of one that shows "out of
 * order", so it comes back sooner than a wall display would (display-app waits up to 30 s).
 */
export const backoffSettings = { firstMs: 500, maxMs: 10_000, jitter: 0.2 } as const;

/**
 * The wait before reconnect attempt `attempt` (0 for the first): doubling from 0.5 s up to 10 s,
 * spread by ±20 % so that the kiosks of a centre do not knock on a restarted server at the same
 * instant. `random` is a number in [0, 1), injected for tests.
 */
export function reconnectDelayMs(attempt: number, random: number): number {
  const base = Math.min(backoffSettings.maxMs, backoffSettings.firstMs * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - backoffSettings.jitter + 2 * backoffSettings.jitter * random));
}
