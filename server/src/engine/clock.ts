/** Where the engine reads the time: the system clock in production, a settable one in tests. */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: for tests and simulations. */
export class ManualClock implements Clock {
  constructor(private time: number) {}
  now(): number {
    return this.time;
  }
  set(time: number | string | Date): void {
    this.time = new Date(time).getTime();
  }
  advance(milliseconds: number): void {
    this.time += milliseconds;
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
}
