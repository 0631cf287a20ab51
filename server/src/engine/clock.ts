import { performance } from 'node:perf_hooks';

/**
 * Where the engine reads the time: the system clock in production, a settable one in tests.
 * `now()` is the wall clock (it can be set, and jump); `monotonic()` only ever moves forward at
 * the pace of real time, so it tells a jump of the wall clock from time passing.
 */
export type Clock = { now(): number; monotonic?(): number };

export const systemClock: Clock = { now: () => Date.now(), monotonic: () => performance.now() };

/**
 * A clock that only moves when told to: for tests and simulations. `set` and `advance` are time
 * passing (both clocks move; `set` to an earlier time moves only the wall clock back); `jump`
 * moves the wall clock alone, as someone setting the system clock does.
 */
export class ManualClock implements Clock {
  private elapsed = 0;
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  monotonic(): number {
    return this.elapsed;
  }
  set(time: number | string | Date): void {
    const next = new Date(time).getTime();
    this.elapsed += Math.max(0, next - this.time);
    this.time = next;
  }
  advance(milliseconds: number): void {
    this.time += milliseconds;
    this.elapsed += Math.max(0, milliseconds);
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
  /** The wall clock set `milliseconds` ahead (or back, when negative) with no time passing. */
  jump(milliseconds: number): void {
    this.time += milliseconds;
  }
}
