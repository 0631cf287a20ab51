import type { Clock } from './clock.js';

/** How far the wall clock may run from the monotonic clock between two checks (NTP's small steps and slewing). */
export const clockToleranceMs = 2 * 60_000;

/**
 * Whether the wall clock can be believed for what cannot be undone: ending the day's waiting
 * tickets at the daily reset, marking appointments no-shows, purging personal data
 * (docs/DECISIONS.md, "Damaged databases, full disks and clocks that jump"). The clock is
 * believable when
 *
 * - since the last believable reading it has moved as the monotonic clock did (within
 *   `clockToleranceMs`): a jump forward is not believed until it is undone (the wall clock back
 *   in step) or the server is restarted, which is the operator's word that the clock is right;
 * - it is not before the latest time already believed, nor (at start) before the newest event in
 *   the log: a clock moved back is believed again once it has caught up.
 *
 * Every other write goes on at the wall clock's time: a citizen still gets a number.
 */
export type ClockTrust = {
  /** Whether `act` may go ahead now; when not, the log says why (once per act while the doubt lasts). */
  believable(act: string): boolean;
  /** Why the clock is not believed at the last check, or undefined. */
  doubt(): string | undefined;
};

export type ClockTrustOptions = {
  clock: Clock;
  /** The time of the newest event in the log when the engine starts. */
  newestEventAt: number | undefined;
  log?: (message: string) => void;
  toleranceMs?: number;
};

export function createClockTrust(options: ClockTrustOptions): ClockTrust {
  const { clock } = options;
  const tolerance = options.toleranceMs ?? clockToleranceMs;
  const log = options.log ?? ((message: string) => console.warn(message));
  let anchor: { wall: number; monotonic: number } | undefined;
  let latestBelieved = options.newestEventAt ?? Number.NEGATIVE_INFINITY;
  let doubt: string | undefined;
  const refused = new Set<string>();

  const judge = (): string | undefined => {
    const wall = clock.now();
    const monotonic = clock.monotonic?.();
    if (anchor && monotonic !== undefined) {
      const ahead = wall - (anchor.wall + (monotonic - anchor.monotonic));
      if (ahead > tolerance) {
        return `the wall clock (${iso(wall)}) jumped ${duration(ahead)} ahead of the time measured by the monotonic clock since ${iso(anchor.wall)}`;
      }
    }
    if (wall < latestBelieved - tolerance) {
      return `the wall clock (${iso(wall)}) is before ${iso(latestBelieved)}, the latest time already seen (the newest event in the log, or a reading believed before)`;
    }
    if (monotonic !== undefined) anchor = { wall, monotonic };
    latestBelieved = Math.max(latestBelieved, wall);
    return undefined;
  };

  return {
    believable(act) {
      const now = judge();
      if (now === undefined) {
        if (doubt !== undefined) log(`dintur: the clock is believable again (${iso(clock.now())}); ending days, no-shows and purges go ahead.`);
        doubt = undefined;
        refused.clear();
        return true;
      }
      if (doubt === undefined || !refused.has(act)) {
        log(
          `dintur: not ${act} now: ${now}. Waiting for the clock to be believable again (back in step, or caught up); ` +
            'if the clock is right, restart the server after checking it.',
        );
      }
      doubt = now;
      refused.add(act);
      return false;
    },
    doubt: () => doubt,
  };
}

const iso = (time: number) => new Date(time).toISOString();

function duration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}
