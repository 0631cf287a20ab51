/**
 * Seeded random numbers for the simulation, so that a run is reproducible from its seed and two
 * policies can be compared on common random numbers (the same arrivals, service times and
 * no-shows), which removes most of the noise from the difference between them.
 *
 * The generator is xoshiro128** (Blackman & Vigna, 2018): 128 bits of state, period 2¹²⁸ − 1,
 * 32-bit output, a few integer operations per draw. Its state is filled from the seed (or from a
 * parent stream's key and a label, see {@link RandomStream.fork}) through the murmur3 32-bit
 * finaliser, so nearby seeds and similar labels give unrelated streams.
 */

const twoTo32 = 4_294_967_296;

/** The murmur3 32-bit finaliser: a bijective mix in which every input bit affects every output bit. */
function mix32(value: number): number {
  let mixed = value >>> 0;
  mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85eb_ca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2_ae35);
  return (mixed ^ (mixed >>> 16)) >>> 0;
}

function rotateLeft(value: number, bits: number): number {
  return ((value << bits) | (value >>> (32 - bits))) >>> 0;
}

/** Four 32-bit words: a stream's key, from which its generator state is filled. */
type Key = readonly [number, number, number, number];

function keyFromSeed(seed: number): Key {
  const low = seed >>> 0;
  const high = Math.floor(seed / twoTo32) >>> 0;
  return [
    mix32(low ^ 0x9e37_79b9),
    mix32(high ^ 0x7f4a_7c15),
    mix32((low + 0x6a09_e667) ^ rotateLeft(high, 16)),
    mix32((high + 0xbb67_ae85) ^ rotateLeft(low, 16)),
  ];
}

/** A child key from a parent key and a label: each word hashes the label (FNV-1a style) over a different parent word. */
function keyFromLabel(parent: Key, label: string): Key {
  const words = [0, 0, 0, 0];
  for (let index = 0; index < 4; index += 1) {
    let hash = ((parent[index] ?? 0) ^ Math.imul(index + 1, 0x9e37_79b9)) >>> 0;
    for (let position = 0; position < label.length; position += 1) {
      hash = mix32(Math.imul(hash ^ label.charCodeAt(position), 0x0100_0193));
    }
    words[index] = mix32(hash ^ label.length ^ (parent[(index + 1) % 4] ?? 0));
  }
  return [words[0] ?? 0, words[1] ?? 0, words[2] ?? 0, words[3] ?? 0];
}

/** The generator state filled from a key; never all zero (xoshiro's one fixed point). */
function stateFromKey(key: Key): [number, number, number, number] {
  const state: [number, number, number, number] = [mix32(key[0] + 0x243f_6a88), mix32(key[1] + 0x85a3_08d3), mix32(key[2] + 0x1319_8a2e), mix32(key[3] + 0x0370_7344)];
  if (state.every((word) => word === 0)) state[0] = 1;
  return state;
}

/**
 * A reproducible stream of random numbers (xoshiro128**) with the distributions the simulation
 * needs. The same seed always gives the same sequence.
 *
 * Give every source of randomness its own stream through {@link RandomStream.fork} with a fixed
 * label ("arrivals", "service:passport", "no-show", …): a fork depends only on the seed and the
 * label, never on how many numbers other streams have drawn, so the same (replication seed,
 * label) gives the same numbers whichever policy is being simulated — common random numbers.
 */
export class RandomStream {
  /** Seed material of this stream; forks derive their keys from it, not from the moving state. */
  #key: Key;
  #state: [number, number, number, number];

  /** A stream from a seed: any safe integer (all 53 bits are used), e.g. the replication number. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
    this.#key = keyFromSeed(seed);
    this.#state = stateFromKey(this.#key);
  }

  /**
   * An independent stream derived deterministically from this stream's seed (or key) and `label`.
   * It does not depend on, or advance, this stream's position: fork("arrivals") gives the same
   * stream before and after any number of draws, and different labels give unrelated streams.
   * Forks can be forked again ("service" → "passport") for a tree of named streams.
   */
  fork(label: string): RandomStream {
    const child = new RandomStream(0);
    child.#key = keyFromLabel(this.#key, label);
    child.#state = stateFromKey(child.#key);
    return child;
  }

  /** A uniform number in [0, 1) with 32 bits of resolution: the next xoshiro128** output / 2³². */
  next(): number {
    const state = this.#state;
    const result = Math.imul(rotateLeft(Math.imul(state[1], 5) >>> 0, 7), 9) >>> 0;
    const shifted = (state[1] << 9) >>> 0;
    state[2] = (state[2] ^ state[0]) >>> 0;
    state[3] = (state[3] ^ state[1]) >>> 0;
    state[1] = (state[1] ^ state[2]) >>> 0;
    state[0] = (state[0] ^ state[3]) >>> 0;
    state[2] = (state[2] ^ shifted) >>> 0;
    state[3] = rotateLeft(state[3], 11);
    return result / twoTo32;
  }

  /** An exponential variate with the given mean (inverse transform, −mean·ln(1 − U)): e.g. a gap between Poisson arrivals. */
  exponential(mean: number): number {
    if (!(Number.isFinite(mean) && mean >= 0)) throw new RangeError(`mean must be a finite number ≥ 0, got ${mean}`);
    return -mean * Math.log(1 - this.next());
  }

  /** A normal variate by the Box–Muller transform; uses two uniforms per draw (the second variate is discarded, keeping consumption fixed). */
  normal(mean: number, standardDeviation: number): number {
    if (!Number.isFinite(mean)) throw new RangeError(`mean must be finite, got ${mean}`);
    if (!(Number.isFinite(standardDeviation) && standardDeviation >= 0)) throw new RangeError(`standard deviation must be a finite number ≥ 0, got ${standardDeviation}`);
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    return mean + standardDeviation * radius * Math.cos(angle);
  }

  /**
   * A lognormal variate with the given mean and coefficient of variation (standard deviation /
   * mean), the usual shape of service times: exp(μ + σZ) with σ² = ln(1 + cv²) and
   * μ = ln(mean) − σ²/2, which gives exactly that mean and cv. cv = 0 returns `mean`.
   */
  lognormal({ mean, cv }: { mean: number; cv: number }): number {
    if (!(Number.isFinite(mean) && mean > 0)) throw new RangeError(`mean must be a finite number > 0, got ${mean}`);
    if (!(Number.isFinite(cv) && cv >= 0)) throw new RangeError(`cv must be a finite number ≥ 0, got ${cv}`);
    const variance = Math.log(1 + cv * cv);
    const location = Math.log(mean) - variance / 2;
    return Math.exp(this.normal(location, Math.sqrt(variance)));
  }

  /**
   * Arrival times (minutes, ascending) of a non-homogeneous Poisson process on
   * [fromMinute, toMinute), by thinning (Lewis & Shedler, 1979). The rate is piecewise constant
   * by whole minute: `ratePerMinuteByMinute(k)` is the rate in arrivals per minute on [k, k + 1).
   * Candidates come at the largest rate of the interval and each is kept with probability
   * rate(⌊t⌋) / largest rate.
   */
  poissonArrivals(ratePerMinuteByMinute: (minute: number) => number, fromMinute: number, toMinute: number): number[] {
    if (!(Number.isFinite(fromMinute) && Number.isFinite(toMinute) && fromMinute <= toMinute)) {
      throw new RangeError(`need finite fromMinute ≤ toMinute, got ${fromMinute} and ${toMinute}`);
    }
    const rateAt = (minute: number): number => {
      const rate = ratePerMinuteByMinute(minute);
      if (!(Number.isFinite(rate) && rate >= 0)) throw new RangeError(`rate at minute ${minute} must be a finite number ≥ 0, got ${rate}`);
      return rate;
    };
    let largestRate = 0;
    for (let minute = Math.floor(fromMinute); minute < toMinute; minute += 1) largestRate = Math.max(largestRate, rateAt(minute));
    const arrivals: number[] = [];
    if (largestRate === 0) return arrivals;
    let time = fromMinute;
    for (;;) {
      time += this.exponential(1 / largestRate);
      if (time >= toMinute) return arrivals;
      if (this.next() * largestRate < rateAt(Math.floor(time))) arrivals.push(time);
    }
  }

  /** True with probability p: e.g. whether a booked visitor fails to show up. */
  bernoulli(p: number): boolean {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
    return this.next() < p;
  }

  /**
   * One of `items`, uniformly, or with probability proportional to `weights` (same length,
   * non-negative, positive sum): e.g. the service a walk-in asks for.
   */
  pick<T>(items: readonly T[], weights?: readonly number[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from no items');
    if (weights === undefined) return items[Math.floor(this.next() * items.length)] as T;
    if (weights.length !== items.length) throw new RangeError(`need one weight per item: ${weights.length} weights for ${items.length} items`);
    let total = 0;
    for (const weight of weights) {
      if (!(Number.isFinite(weight) && weight >= 0)) throw new RangeError(`weights must be finite numbers ≥ 0, got ${weight}`);
      total += weight;
    }
    if (total <= 0) throw new RangeError('weights must not all be 0');
    let remaining = this.next() * total;
    let last = 0;
    for (let index = 0; index < items.length; index += 1) {
      const weight = weights[index] ?? 0;
      if (weight === 0) continue;
      last = index;
      if (remaining < weight) return items[index] as T;
      remaining -= weight;
    }
    return items[last] as T; // rounding left a sliver past the last positive weight
  }
}
