import { describe, expect, it } from 'vitest';
import { RandomStream } from './random.js';

function draws(stream: RandomStream, count: number, draw: (stream: RandomStream) => number): number[] {
  return Array.from({ length: count }, () => draw(stream));
}

function sampleMean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sampleStandardDeviation(values: readonly number[]): number {
  const average = sampleMean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
}

function smallest(values: readonly number[]): number {
  return values.reduce((least, value) => Math.min(least, value), Number.POSITIVE_INFINITY);
}

function largest(values: readonly number[]): number {
  return values.reduce((most, value) => Math.max(most, value), Number.NEGATIVE_INFINITY);
}

function correlation(left: readonly number[], right: readonly number[]): number {
  const leftMean = sampleMean(left);
  const rightMean = sampleMean(right);
  let product = 0;
  for (let index = 0; index < left.length; index += 1) product += ((left[index] ?? 0) - leftMean) * ((right[index] ?? 0) - rightMean);
  return product / (left.length - 1) / sampleStandardDeviation(left) / sampleStandardDeviation(right);
}

describe('RandomStream: determinism', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const first = draws(new RandomStream(7), 1000, (stream) => stream.next());
    const again = draws(new RandomStream(7), 1000, (stream) => stream.next());
    const other = draws(new RandomStream(8), 1000, (stream) => stream.next());
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new RandomStream(2 ** 40).next()).not.toBe(new RandomStream(0).next()); // the high bits of the seed count
  });

  it('keeps its numbers from release to release (pinned outputs: changing them changes every stored baseline)', () => {
    const stream = new RandomStream(42);
    expect([stream.next(), stream.next(), stream.next()]).toEqual([0.1184646321926266, 0.4296731005888432, 0.4998095028568059]);
    const arrivals = new RandomStream(42).fork('arrivals');
    expect([arrivals.next(), arrivals.next()]).toEqual([0.7877852586098015, 0.8547132487874478]);
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const values = draws(new RandomStream(1), 100_000, (stream) => stream.next());
    expect(smallest(values)).toBeGreaterThanOrEqual(0);
    expect(largest(values)).toBeLessThan(1);
    expect(sampleMean(values)).toBeCloseTo(0.5, 2);
    expect(sampleStandardDeviation(values) ** 2).toBeCloseTo(1 / 12, 3);
    const lag = correlation(values.slice(0, -1), values.slice(1));
    expect(Math.abs(lag)).toBeLessThan(0.01);
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => new RandomStream(1.5)).toThrow(RangeError);
    expect(() => new RandomStream(Number.NaN)).toThrow(RangeError);
    expect(() => new RandomStream(2 ** 60)).toThrow(RangeError);
  });
});

describe('RandomStream: distributions', () => {
  it('exponential has the requested mean and cv 1', () => {
    const values = draws(new RandomStream(2), 100_000, (stream) => stream.exponential(4));
    expect(smallest(values)).toBeGreaterThanOrEqual(0);
    expect(Math.abs(sampleMean(values) / 4 - 1)).toBeLessThan(0.015);
    expect(Math.abs(sampleStandardDeviation(values) / sampleMean(values) - 1)).toBeLessThan(0.02);
    expect(new RandomStream(2).exponential(0)).toBe(0);
  });

  it('normal has the requested mean and standard deviation', () => {
    const values = draws(new RandomStream(3), 100_000, (stream) => stream.normal(10, 2));
    expect(Math.abs(sampleMean(values) - 10)).toBeLessThan(0.03);
    expect(Math.abs(sampleStandardDeviation(values) - 2)).toBeLessThan(0.03);
    // About 95.4 % within two standard deviations.
    const within = values.filter((value) => Math.abs(value - 10) < 4).length / values.length;
    expect(Math.abs(within - 0.9545)).toBeLessThan(0.005);
  });

  it.each([
    { mean: 9, cv: 0.6 },
    { mean: 3, cv: 0.3 },
    { mean: 20, cv: 1 },
  ])('lognormal($mean, cv $cv) has that mean and cv over 100k draws', ({ mean, cv }) => {
    const values = draws(new RandomStream(4), 100_000, (stream) => stream.lognormal({ mean, cv }));
    expect(smallest(values)).toBeGreaterThan(0);
    expect(Math.abs(sampleMean(values) / mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(sampleStandardDeviation(values) / sampleMean(values) / cv - 1)).toBeLessThan(0.04);
  });

  it('lognormal with cv 0 is the mean itself', () => {
    expect(new RandomStream(5).lognormal({ mean: 7, cv: 0 })).toBeCloseTo(7, 12);
  });

  it('bernoulli is true with probability p', () => {
    const stream = new RandomStream(6);
    const share = draws(stream, 100_000, (source) => (source.bernoulli(0.3) ? 1 : 0));
    expect(Math.abs(sampleMean(share) - 0.3)).toBeLessThan(0.005);
    expect(draws(stream, 1000, (source) => (source.bernoulli(0) ? 1 : 0)).every((value) => value === 0)).toBe(true);
    expect(draws(stream, 1000, (source) => (source.bernoulli(1) ? 1 : 0)).every((value) => value === 1)).toBe(true);
    expect(() => stream.bernoulli(1.1)).toThrow(RangeError);
  });

  it('pick chooses uniformly, or in proportion to weights, never a zero-weight item', () => {
    const stream = new RandomStream(9);
    const items = ['passport', 'pension', 'housing'] as const;
    const uniform = new Map<string, number>();
    const weighted = new Map<string, number>();
    for (let index = 0; index < 60_000; index += 1) {
      const plain = stream.pick(items);
      uniform.set(plain, (uniform.get(plain) ?? 0) + 1);
      const chosen = stream.pick(items, [3, 0, 1]);
      weighted.set(chosen, (weighted.get(chosen) ?? 0) + 1);
    }
    for (const item of items) expect(Math.abs((uniform.get(item) ?? 0) / 60_000 - 1 / 3)).toBeLessThan(0.01);
    expect(Math.abs((weighted.get('passport') ?? 0) / 60_000 - 0.75)).toBeLessThan(0.01);
    expect(weighted.get('pension')).toBeUndefined();
    expect(Math.abs((weighted.get('housing') ?? 0) / 60_000 - 0.25)).toBeLessThan(0.01);
  });

  it('pick rejects no items, mismatched weights and all-zero weights', () => {
    const stream = new RandomStream(10);
    expect(() => stream.pick([])).toThrow(RangeError);
    expect(() => stream.pick(['a', 'b'], [1])).toThrow(RangeError);
    expect(() => stream.pick(['a', 'b'], [0, 0])).toThrow(RangeError);
    expect(() => stream.pick(['a', 'b'], [1, -1])).toThrow(RangeError);
  });
});

describe('RandomStream: Poisson arrivals by thinning', () => {
  it('gives rate × duration arrivals on average, with Poisson spread (variance ≈ mean)', () => {
    const root = new RandomStream(11);
    const counts = Array.from({ length: 400 }, (_, replication) => root.fork(`day-${replication}`).poissonArrivals(() => 0.5, 0, 480).length);
    expect(Math.abs(sampleMean(counts) / 240 - 1)).toBeLessThan(0.01);
    expect(Math.abs(sampleStandardDeviation(counts) ** 2 / 240 - 1)).toBeLessThan(0.2);
  });

  it('follows a piecewise-constant rate, minute by minute, and returns sorted times inside the interval', () => {
    const rate = (minute: number): number => (minute < 60 ? 1 : minute < 120 ? 0 : 0.25);
    const root = new RandomStream(12);
    const perSegment = [0, 0, 0];
    const replications = 300;
    let outside = 0;
    for (let replication = 0; replication < replications; replication += 1) {
      const arrivals = root.fork(`day-${replication}`).poissonArrivals(rate, 0, 180);
      expect(arrivals).toEqual([...arrivals].sort((left, right) => left - right));
      for (const time of arrivals) {
        if (time < 0 || time >= 180) outside += 1;
        const segment = Math.floor(time / 60);
        perSegment[segment] = (perSegment[segment] ?? 0) + 1;
      }
    }
    expect(outside).toBe(0);
    expect(Math.abs((perSegment[0] ?? 0) / replications / 60 - 1)).toBeLessThan(0.02);
    expect(perSegment[1]).toBe(0);
    expect(Math.abs((perSegment[2] ?? 0) / replications / 15 - 1)).toBeLessThan(0.04);
  });

  it('handles fractional bounds, an empty interval and a zero rate; rejects a negative rate', () => {
    const stream = new RandomStream(13);
    const arrivals = stream.poissonArrivals(() => 2, 10.5, 12.25);
    for (const time of arrivals) {
      expect(time).toBeGreaterThanOrEqual(10.5);
      expect(time).toBeLessThan(12.25);
    }
    expect(stream.poissonArrivals(() => 2, 30, 30)).toEqual([]);
    expect(stream.poissonArrivals(() => 0, 0, 600)).toEqual([]);
    expect(() => stream.poissonArrivals(() => -1, 0, 10)).toThrow(RangeError);
    expect(() => stream.poissonArrivals(() => 1, 10, 0)).toThrow(RangeError);
  });
});

describe('RandomStream: fork', () => {
  it('gives the same stream for the same seed and label, and a different one for another label or seed', () => {
    const sequence = (seed: number, label: string): number[] => draws(new RandomStream(seed).fork(label), 100, (stream) => stream.next());
    expect(sequence(1, 'arrivals')).toEqual(sequence(1, 'arrivals'));
    expect(sequence(1, 'arrivals')).not.toEqual(sequence(1, 'service'));
    expect(sequence(1, 'arrivals')).not.toEqual(sequence(2, 'arrivals'));
    expect(sequence(1, 'ab')).not.toEqual(sequence(1, 'ba'));
    expect(sequence(1, '')).not.toEqual(sequence(1, 'a'));
    expect(sequence(1, 'arrivals')).not.toEqual(draws(new RandomStream(1), 100, (stream) => stream.next()));
  });

  it('depends only on the seed and the label: not on, and not advancing, the parent position', () => {
    const parent = new RandomStream(21);
    const before = draws(parent.fork('no-show'), 50, (stream) => stream.next());
    const parentNext = new RandomStream(21);
    parentNext.fork('something');
    expect(parent.next()).toBe(parentNext.next()); // forking did not move the parent
    draws(parent, 1000, (stream) => stream.next());
    expect(draws(parent.fork('no-show'), 50, (stream) => stream.next())).toEqual(before);
  });

  it('gives common random numbers: arrivals are identical whatever another stream consumed', () => {
    const simulate = (routingDrawsPerArrival: number): number[] => {
      const replication = new RandomStream(2024);
      const arrivals = replication.fork('arrivals').poissonArrivals(() => 0.4, 0, 480);
      const routing = replication.fork('routing');
      for (let index = 0; index < arrivals.length * routingDrawsPerArrival; index += 1) routing.next();
      return arrivals;
    };
    expect(simulate(5)).toEqual(simulate(0));
  });

  it('forks can be forked again, and sibling streams are uncorrelated', () => {
    const service = new RandomStream(31).fork('service');
    const passport = draws(service.fork('passport'), 20_000, (stream) => stream.next());
    const pension = draws(service.fork('pension'), 20_000, (stream) => stream.next());
    expect(draws(new RandomStream(31).fork('service').fork('passport'), 20_000, (stream) => stream.next())).toEqual(passport);
    expect(Math.abs(correlation(passport, pension))).toBeLessThan(0.03);
    const neighbours = draws(new RandomStream(32).fork('service').fork('passport'), 20_000, (stream) => stream.next());
    expect(Math.abs(correlation(passport, neighbours))).toBeLessThan(0.03);
  });
});
