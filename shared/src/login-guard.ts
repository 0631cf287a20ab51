/**
 * The login slow-down of the centre and the hub, keyed on who guesses as well as on whom
 * (docs/DECISIONS.md, "Logins under attack"):
 *
 * - per username and address: 5 free failures, then each attempt from there waits twice as long
 *   as the one before, up to 15 minutes — a guesser at one address locks only itself out;
 * - per address: 20 free failures across usernames, then the same doubling — except for a
 *   username that has signed in from that address before;
 * - per username: past 10 failures from anywhere (within the hour), a username takes one attempt
 *   at a time from addresses it has not signed in from in the last 30 days, the next one 1 s, 2 s,
 *   4 s … up to 60 s later. Never a lock: a right password from a new address gets in at its turn,
 *   and from a known address at once.
 *
 * `begin` decides and reserves the attempt synchronously, before the caller awaits the slow hash,
 * so that simultaneous guesses are counted as they arrive. Pure: no Node, no I/O.
 */
export type LoginGuardOptions = {
  /**
   * A monotonic clock in milliseconds (`performance.now()`, the default): every lock and pace is
   * a duration, so a wall clock set back must not stretch them, nor one set ahead end them.
   */
  now?: () => number;
  pairFreeFailures?: number;
  addressFreeFailures?: number;
  userFreeFailures?: number;
  maxLockMs?: number;
  maxPaceMs?: number;
  forgetAfterMs?: number;
  knownForMs?: number;
  /** Keys kept at most (per kind); the least recently touched go first. */
  maxEntries?: number;
};

/** An attempt that may go ahead: say how it ended. `known`: this username signed in from this address lately. */
export type LoginAttempt = {
  ok: true;
  known: boolean;
  succeeded(): void;
  failed(): void;
  /** The attempt was not tried after all (the server was too busy to hash): it does not count. */
  notTried(): void;
};
export type LoginRefusal = { ok: false; retryAfterSeconds: number; message: string };

type Failures = { count: number; lockedUntil: number; last: number };
type Pressure = { count: number; nextSlotAt: number; last: number };

/**
 * The part of a client address that names one client: IPv4 as is (also when mapped into IPv6),
 * IPv6 by its /64, since one household or attacker gets a whole /64.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** A Map that forgets its least recently touched keys beyond `max`. */
class RecentMap<Value> {
  private readonly entries = new Map<string, Value>();
  constructor(private readonly max: number) {}
  get(key: string): Value | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

export class LoginGuard {
  private readonly now: () => number;
  private readonly pairFree: number;
  private readonly addressFree: number;
  private readonly userFree: number;
  private readonly maxLockMs: number;
  private readonly maxPaceMs: number;
  private readonly forgetAfterMs: number;
  private readonly knownForMs: number;
  private readonly pairs: RecentMap<Failures>;
  private readonly addresses: RecentMap<Failures>;
  private readonly users: RecentMap<Pressure>;
  /** When each username last signed in from each address. */
  private readonly known: RecentMap<number>;

  constructor(options: LoginGuardOptions) {
    this.now = options.now ?? (() => performance.now());
    this.pairFree = options.pairFreeFailures ?? 5;
    this.addressFree = options.addressFreeFailures ?? 20;
    this.userFree = options.userFreeFailures ?? 10;
    this.maxLockMs = options.maxLockMs ?? 15 * 60_000;
    this.maxPaceMs = options.maxPaceMs ?? 60_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 60 * 60_000;
    this.knownForMs = options.knownForMs ?? 30 * 24 * 60 * 60_000;
    const maxEntries = options.maxEntries ?? 100_000;
    this.pairs = new RecentMap(maxEntries);
    this.addresses = new RecentMap(maxEntries);
    this.users = new RecentMap(maxEntries);
    this.known = new RecentMap(maxEntries);
  }

  /** Decides whether `username` may try a password from `address` now, and if so counts the attempt. Call it before awaiting anything. */
  begin(username: string, address: string): LoginAttempt | LoginRefusal {
    const now = this.now();
    const user = username.toLowerCase();
    const client = clientKey(address);
    const pairKey = `${user}\n${client}`;
    const knownAt = this.known.get(pairKey);
    const known = knownAt !== undefined && now - knownAt < this.knownForMs;

    const pair = this.current(this.pairs.get(pairKey), now);
    if (pair.lockedUntil > now) return this.refuse(pair.lockedUntil - now, 'Too many failed sign-ins; try again in {s} s.');
    const addressFailures = this.current(this.addresses.get(client), now);
    if (!known && addressFailures.lockedUntil > now) {
      return this.refuse(addressFailures.lockedUntil - now, 'Too many failed sign-ins from this address; try again in {s} s.');
    }
    const pressure = this.currentPressure(this.users.get(user), now);
    const underAttack = pressure.count >= this.userFree;
    if (!known && underAttack && pressure.nextSlotAt > now) {
      return this.refuse(
        pressure.nextSlotAt - now,
        'This account has had many failed sign-ins, so it takes one attempt at a time from a new address; try again in {s} s. ' +
          'From a computer it has signed in from before it signs in as usual.',
      );
    }

    // Counted as failures now and given back on success: simultaneous guesses see each other.
    this.pairs.set(pairKey, this.counted(pair, now, this.pairFree));
    this.addresses.set(client, this.counted(addressFailures, now, this.addressFree));
    const paceMs = Math.min(this.maxPaceMs, 1000 * 2 ** Math.max(0, pressure.count - this.userFree));
    this.users.set(user, { count: pressure.count + 1, last: now, nextSlotAt: !known && underAttack ? now + paceMs : pressure.nextSlotAt });

    let settled = false;
    const giveBack = () => {
      const pairNow = this.pairs.get(pairKey);
      if (pairNow) this.pairs.set(pairKey, this.uncounted(pairNow, this.pairFree));
      const addressNow = this.addresses.get(client);
      if (addressNow) this.addresses.set(client, this.uncounted(addressNow, this.addressFree));
      const userNow = this.users.get(user);
      if (userNow) this.users.set(user, { ...userNow, count: Math.max(0, userNow.count - 1) });
    };
    return {
      ok: true,
      known,
      succeeded: () => {
        if (settled) return;
        settled = true;
        giveBack();
        this.pairs.delete(pairKey);
        this.known.set(pairKey, this.now());
      },
      failed: () => {
        settled = true;
      },
      notTried: () => {
        if (settled) return;
        settled = true;
        giveBack();
      },
    };
  }

  private refuse(waitMs: number, message: string): LoginRefusal {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    return { ok: false, retryAfterSeconds, message: message.replace('{s}', String(retryAfterSeconds)) };
  }

  private current(entry: Failures | undefined, now: number): Failures {
    return entry && now - entry.last < this.forgetAfterMs ? entry : { count: 0, lockedUntil: 0, last: now };
  }

  private currentPressure(entry: Pressure | undefined, now: number): Pressure {
    return entry && now - entry.last < this.forgetAfterMs ? entry : { count: 0, nextSlotAt: 0, last: now };
  }

  /** One more failure; the lock starts with the last free one, so the attempt after it already waits. */
  private counted(entry: Failures, now: number, free: number): Failures {
    const count = entry.count + 1;
    const excess = count - free;
    const lockedUntil = excess >= 0 ? Math.max(entry.lockedUntil, now + Math.min(this.maxLockMs, 1000 * 2 ** excess)) : entry.lockedUntil;
    return { count, lockedUntil, last: now };
  }

  private uncounted(entry: Failures, free: number): Failures {
    const count = Math.max(0, entry.count - 1);
    return { ...entry, count, lockedUntil: count < free ? 0 : entry.lockedUntil };
  }
}
