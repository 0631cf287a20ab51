/**
 * The server's clock as seen from this PC: waits and times at the counter are measured on the
 * server's time, which the snapshot gives. The PC's clock may be off, and a test server's clock
 * may jump: any time the server reports later than our idea of its "now" proves its clock is at
 * least there, so the offset only moves forward between snapshots.
 */
export type ServerClock = {
  /** Server time minus this PC's time, in milliseconds. */
  offsetMs: number;
};

/** The offset a snapshot gives: its `serverTime` against when it arrived here. */
export function clockFromSnapshot(serverTime: string, receivedAt: number): ServerClock {
  const time = Date.parse(serverTime);
  return { offsetMs: Number.isFinite(time) ? time - receivedAt : 0 };
}

/** Takes in a time the server reported (an issue or call time): the server's now is at least that. */
export function observeServerTime(clock: ServerClock, reported: string | null | undefined, receivedAt: number): ServerClock {
  if (!reported) return clock;
  const time = Date.parse(reported);
  if (!Number.isFinite(time) || time - receivedAt <= clock.offsetMs) return clock;
  return { offsetMs: time - receivedAt };
}

/** The server's "now" by this PC's clock. */
export function serverNow(clock: ServerClock, localNow: number): number {
  return localNow + clock.offsetMs;
}
