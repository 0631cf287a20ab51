/** The first retry of a message the gateway did not take comes after 30 s. */
export const firstRetryMs = 30_000;
/** Retries double up to one every 10 minutes. */
export const longestRetryMs = 10 * 60_000;
/** A message not taken within 24 hours of being queued is given up (state `failed`): it would come too late. */
export const giveUpAfterMs = 24 * 60 * 60_000;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones (1, 2, …): 30 s, 1 min, 2 min … 10 min. */
export function retryDelay(attempts: number): number {
  return Math.min(longestRetryMs, firstRetryMs * 2 ** Math.max(0, attempts - 1));
}
