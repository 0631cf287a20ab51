import { describe, expect, it } from 'vitest';
import { erlangC, mmcWait, referenceWaits } from './queueing-theory.js';

/** The worked number of docs/QUEUEING.md: 30 arrivals an hour, 9-minute service. */
const worked = { arrivalsPerMinute: 30 / 60, meanServiceMinutes: 9 };

describe('erlangC', () => {
  it('gives the worked probability of waiting, C ≈ 0.42 for a = 4.5 on 6 counters', () => {
    expect(erlangC(4.5, 6)).toBeCloseTo(0.4217, 4);
  });

  it('reduces to ρ for one server and to 2ρ²/(1+ρ) for two', () => {
    expect(erlangC(0.8, 1)).toBeCloseTo(0.8, 12);
    expect(erlangC(1.6, 2)).toBeCloseTo((2 * 0.8 ** 2) / 1.8, 12);
  });

  it('returns 1 when unstable and 0 without arrivals', () => {
    expect(erlangC(6, 6)).toBe(1);
    expect(erlangC(7.5, 6)).toBe(1);
    expect(erlangC(0, 3)).toBe(0);
  });

  it('stays finite and in [0, 1] for many servers (no factorial overflow)', () => {
    const value = erlangC(950, 1000);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it('rejects fractional or negative server counts and negative loads', () => {
    expect(() => erlangC(1, 2.5)).toThrow(RangeError);
    expect(() => erlangC(1, -1)).toThrow(RangeError);
    expect(() => erlangC(-1, 2)).toThrow(RangeError);
  });
});

describe('mmcWait', () => {
  it('reproduces the worked number with 6 counters', () => {
    const queue = mmcWait({ ...worked, servers: 6 });
    expect(queue.stable).toBe(true);
    expect(queue.utilisation).toBeCloseTo(0.75, 12);
    expect(queue.probabilityOfWaiting).toBeCloseTo(0.42, 2);
    expect(queue.meanWaitMinutes).toBeCloseTo(2.5, 1);
    expect(1 - queue.shareWithin(15)).toBeCloseTo(0.035, 3);
    expect(queue.quantileWaitMinutes(0.9)).toBeCloseTo(8.6, 1);
  });

  it('reproduces the worked number with 5 counters: E[Wq] ≈ 13.7 min', () => {
    const queue = mmcWait({ ...worked, servers: 5 });
    expect(queue.utilisation).toBeCloseTo(0.9, 12);
    expect(queue.meanWaitMinutes).toBeCloseTo(13.7, 1);
  });

  it('shows the pooling gain: two single counters at ρ 0.8 wait 4.0 service times, one two-counter queue 1.78', () => {
    const single = mmcWait({ arrivalsPerMinute: 0.08, meanServiceMinutes: 10, servers: 1 });
    const pooled = mmcWait({ arrivalsPerMinute: 0.16, meanServiceMinutes: 10, servers: 2 });
    expect(single.meanWaitMinutes / 10).toBeCloseTo(4.0, 10);
    expect(pooled.meanWaitMinutes / 10).toBeCloseTo(1.78, 2);
  });

  it('quantiles are 0 below the no-wait atom and consistent with shareWithin above it', () => {
    const queue = mmcWait({ ...worked, servers: 6 });
    expect(queue.quantileWaitMinutes(0)).toBe(0);
    expect(queue.quantileWaitMinutes(0.5)).toBe(0); // C ≈ 0.42 < 0.5: the median visitor does not wait
    expect(queue.quantileWaitMinutes(1)).toBe(Number.POSITIVE_INFINITY);
    expect(queue.shareWithin(queue.quantileWaitMinutes(0.95))).toBeCloseTo(0.95, 12);
    expect(queue.shareWithin(0)).toBeCloseTo(1 - queue.probabilityOfWaiting, 12);
    expect(queue.shareWithin(-1)).toBe(0);
    expect(() => queue.quantileWaitMinutes(1.5)).toThrow(RangeError);
  });

  it('Allen–Cunneen: cv 0 halves the wait and the quantiles, cv 1 changes nothing, cv 2 multiplies by 2.5', () => {
    const exponential = mmcWait({ ...worked, servers: 6 });
    const fixed = mmcWait({ ...worked, servers: 6, serviceCv: 0 });
    const cvOne = mmcWait({ ...worked, servers: 6, serviceCv: 1 });
    const cvTwo = mmcWait({ ...worked, servers: 6, serviceCv: 2 });
    expect(fixed.meanWaitMinutes).toBeCloseTo(exponential.meanWaitMinutes / 2, 12);
    expect(fixed.quantileWaitMinutes(0.9)).toBeCloseTo(exponential.quantileWaitMinutes(0.9) / 2, 12);
    expect(fixed.shareWithin(fixed.quantileWaitMinutes(0.9))).toBeCloseTo(0.9, 12);
    expect(fixed.probabilityOfWaiting).toBe(exponential.probabilityOfWaiting);
    expect(cvOne.meanWaitMinutes).toBe(exponential.meanWaitMinutes);
    expect(cvTwo.meanWaitMinutes).toBeCloseTo(exponential.meanWaitMinutes * 2.5, 12);
  });

  it('Allen–Cunneen is exact for one server (Pollaczek–Khinchine)', () => {
    // M/D/1, λ = 0.05/min, m = 12: Wq = λ·E[S²] / (2(1 − ρ)) = 0.05·144 / (2·0.4) = 9.
    expect(mmcWait({ arrivalsPerMinute: 0.05, meanServiceMinutes: 12, servers: 1, serviceCv: 0 }).meanWaitMinutes).toBeCloseTo(9, 12);
  });

  it('gives Infinity and stable: false when ρ ≥ 1', () => {
    for (const servers of [4, 4.5]) {
      const queue = mmcWait({ ...worked, servers });
      expect(queue.stable).toBe(false);
      expect(queue.utilisation).toBeGreaterThanOrEqual(1);
      expect(queue.probabilityOfWaiting).toBe(1);
      expect(queue.meanWaitMinutes).toBe(Number.POSITIVE_INFINITY);
      expect(queue.quantileWaitMinutes(0.9)).toBe(Number.POSITIVE_INFINITY);
      expect(queue.shareWithin(60)).toBe(0);
    }
  });

  it('fractional servers lie between their whole neighbours and match them at the ends', () => {
    const five = mmcWait({ ...worked, servers: 5 });
    const six = mmcWait({ ...worked, servers: 6 });
    let previous = five.meanWaitMinutes;
    for (const servers of [5.1, 5.25, 5.5, 5.75, 5.9]) {
      const queue = mmcWait({ ...worked, servers });
      expect(queue.meanWaitMinutes).toBeLessThan(previous);
      expect(queue.meanWaitMinutes).toBeGreaterThan(six.meanWaitMinutes);
      expect(queue.probabilityOfWaiting).toBeLessThan(five.probabilityOfWaiting);
      expect(queue.probabilityOfWaiting).toBeGreaterThan(six.probabilityOfWaiting);
      expect(queue.utilisation).toBeCloseTo(4.5 / servers, 12);
      previous = queue.meanWaitMinutes;
    }
    // C at 5.5 is the midpoint of C at 5 and 6; the decay rate uses the capacity 5.5/9 − 0.5.
    const half = mmcWait({ ...worked, servers: 5.5 });
    expect(half.probabilityOfWaiting).toBeCloseTo((five.probabilityOfWaiting + six.probabilityOfWaiting) / 2, 12);
    expect(half.meanWaitMinutes).toBeCloseTo(half.probabilityOfWaiting / (5.5 / 9 - 0.5), 12);
    expect(mmcWait({ ...worked, servers: 5 + 1e-9 }).meanWaitMinutes).toBeCloseTo(five.meanWaitMinutes, 4);
    expect(mmcWait({ ...worked, servers: 6 - 1e-9 }).meanWaitMinutes).toBeCloseTo(six.meanWaitMinutes, 4);
  });

  it('stays finite when the fractional capacity suffices though the floor count alone would not', () => {
    // a = 4.5 on 4.8 counters: 4 counters are unstable, 4.8 are not.
    const queue = mmcWait({ ...worked, servers: 4.8 });
    expect(queue.stable).toBe(true);
    expect(Number.isFinite(queue.meanWaitMinutes)).toBe(true);
    expect(queue.meanWaitMinutes).toBeGreaterThan(mmcWait({ ...worked, servers: 5 }).meanWaitMinutes);
    // Half a counter for a light class: somewhere between "always wait" and one whole counter.
    const halfCounter = mmcWait({ arrivalsPerMinute: 0.01, meanServiceMinutes: 10, servers: 0.5 });
    expect(halfCounter.probabilityOfWaiting).toBeCloseTo(0.5 * 1 + 0.5 * 0.1, 12);
    expect(halfCounter.meanWaitMinutes).toBeGreaterThan(mmcWait({ arrivalsPerMinute: 0.01, meanServiceMinutes: 10, servers: 1 }).meanWaitMinutes);
  });

  it('has no wait without arrivals', () => {
    const queue = mmcWait({ arrivalsPerMinute: 0, meanServiceMinutes: 10, servers: 2.5 });
    expect(queue.meanWaitMinutes).toBe(0);
    expect(queue.quantileWaitMinutes(0.99)).toBe(0);
    expect(queue.shareWithin(0)).toBe(1);
  });

  it('rejects impossible input', () => {
    expect(() => mmcWait({ arrivalsPerMinute: -1, meanServiceMinutes: 9, servers: 2 })).toThrow(RangeError);
    expect(() => mmcWait({ arrivalsPerMinute: 1, meanServiceMinutes: 0, servers: 2 })).toThrow(RangeError);
    expect(() => mmcWait({ arrivalsPerMinute: 1, meanServiceMinutes: 9, servers: 0 })).toThrow(RangeError);
    expect(() => mmcWait({ arrivalsPerMinute: 1, meanServiceMinutes: 9, servers: 2, serviceCv: -0.5 })).toThrow(RangeError);
  });
});

describe('referenceWaits', () => {
  const twoClasses = [
    { id: 'passport', arrivalsPerMinute: 0.08, meanServiceMinutes: 10, serviceCv: 1 },
    { id: 'pension', arrivalsPerMinute: 0.08, meanServiceMinutes: 10, serviceCv: 1 },
  ];

  it('dedicated counters: per class is the single-counter wait, pooled the two-counter one, largest the per-class average', () => {
    const references = referenceWaits({
      classes: twoClasses,
      counters: [
        { id: 'counter-1', classes: ['passport'] },
        { id: 'counter-2', classes: ['pension'] },
      ],
    });
    expect(references.perClass.passport).toBeCloseTo(40, 10);
    expect(references.perClass.pension).toBeCloseTo(40, 10);
    expect(references.pooled).toBeCloseTo(17.78, 2);
    expect(references.largest).toBeCloseTo(40, 10);
    expect(references.load).toBeCloseTo(0.8, 12);
  });

  it('cross-trained counters: each class alone has both counters, so pooling is the larger reference', () => {
    const references = referenceWaits({
      classes: twoClasses,
      counters: [
        { id: 'counter-1', classes: ['passport', 'pension'] },
        { id: 'counter-2', classes: ['passport', 'pension'] },
      ],
    });
    // One class alone on two counters: a = 0.8, C = 2·0.4²/1.4, Wq = C / (0.2 − 0.08).
    expect(references.perClass.passport).toBeCloseTo((0.32 / 1.4) / 0.12, 10);
    expect(references.pooled).toBeCloseTo(17.78, 2);
    expect(references.largest).toBe(references.pooled);
  });

  it('weights the per-class references by arrivals', () => {
    const references = referenceWaits({
      classes: [
        { id: 'busy', arrivalsPerMinute: 0.08, meanServiceMinutes: 10, serviceCv: 1 },
        { id: 'quiet', arrivalsPerMinute: 0.02, meanServiceMinutes: 10, serviceCv: 1 },
      ],
      counters: [
        { id: 'counter-1', classes: ['busy'] },
        { id: 'counter-2', classes: ['quiet'] },
      ],
    });
    // busy: ρ 0.8 → 40 min; quiet: ρ 0.2 → 0.25·10 = 2.5 min; arrival-weighted: (0.08·40 + 0.02·2.5)/0.1 = 32.5.
    expect(references.perClass.busy).toBeCloseTo(40, 10);
    expect(references.perClass.quiet).toBeCloseTo(2.5, 10);
    expect(references.largest).toBeCloseTo(32.5, 10);
    expect(references.load).toBeCloseTo(0.5, 12);
  });

  it('pools service times as a mixture: mean of means, cv from the second moment (checked by Pollaczek–Khinchine)', () => {
    // Fixed 5- and 15-minute services, 0.03/min each, one counter: E[S] = 10, E[S²] = 125, ρ = 0.6,
    // M/G/1 Wq = λ·E[S²] / (2(1 − ρ)) = 0.06·125 / 0.8 = 9.375, where Allen–Cunneen is exact.
    const references = referenceWaits({
      classes: [
        { id: 'short', arrivalsPerMinute: 0.03, meanServiceMinutes: 5, serviceCv: 0 },
        { id: 'long', arrivalsPerMinute: 0.03, meanServiceMinutes: 15, serviceCv: 0 },
      ],
      counters: [{ id: 'counter-1', classes: ['short', 'long'] }],
    });
    expect(references.pooled).toBeCloseTo(9.375, 10);
    expect(references.load).toBeCloseTo(0.6, 12);
  });

  it('reports Infinity for a class no counter serves, 0 for a class without arrivals, and ignores unknown ids', () => {
    const references = referenceWaits({
      classes: [
        { id: 'served', arrivalsPerMinute: 0.05, meanServiceMinutes: 10, serviceCv: 1 },
        { id: 'orphan', arrivalsPerMinute: 0.01, meanServiceMinutes: 10, serviceCv: 1 },
        { id: 'empty', arrivalsPerMinute: 0, meanServiceMinutes: 10, serviceCv: 1 },
      ],
      counters: [
        { id: 'counter-1', classes: ['served', 'empty'] },
        { id: 'counter-2', classes: ['not-a-class'] },
      ],
    });
    expect(references.perClass.served).toBeCloseTo(mmcWait({ arrivalsPerMinute: 0.05, meanServiceMinutes: 10, servers: 1 }).meanWaitMinutes, 12);
    expect(references.perClass.orphan).toBe(Number.POSITIVE_INFINITY);
    expect(references.perClass.empty).toBe(0);
    expect(references.largest).toBe(Number.POSITIVE_INFINITY);
    expect(references.load).toBeCloseTo(0.6, 12); // counter-2 serves no listed class and is not counted
  });

  it('is all zero for an hour without arrivals, and rejects a class listed twice', () => {
    const quiet = referenceWaits({
      classes: [{ id: 'a', arrivalsPerMinute: 0, meanServiceMinutes: 10, serviceCv: 1 }],
      counters: [{ id: 'counter-1', classes: ['a'] }],
    });
    expect(quiet).toEqual({ pooled: 0, perClass: { a: 0 }, largest: 0, load: 0 });
    expect(() =>
      referenceWaits({
        classes: [
          { id: 'a', arrivalsPerMinute: 0.1, meanServiceMinutes: 10, serviceCv: 1 },
          { id: 'a', arrivalsPerMinute: 0.1, meanServiceMinutes: 10, serviceCv: 1 },
        ],
        counters: [],
      }),
    ).toThrow(RangeError);
  });
});
