import type { Counter } from '@dintur/shared';
import type { CounterStateRecord } from '../data/centre-repository.js';
import type { TicketRepository } from '../data/ticket-repository.js';
import type { CentreIndex } from './centre-index.js';

/** Finished visits looked at for a service's recent service time, and how far back. */
const sampleSize = 20;
const minimumSamples = 5;
const lookBackMs = 14 * 24 * 60 * 60_000;

/**
 * Waiting-time estimates by the queue-length predictor (docs/QUEUEING.md): with n tickets ahead,
 * s counters' worth of capacity for the service and m the mean service minutes,
 * wait ≈ max(0, n + 1 − f) · m / s, where f is the number of open counters serving it that are idle now.
 * A counter that calls several services counts for each in proportion to its weights. When no
 * counter serving the service is open, the configured ones are assumed to open.
 */
export function createEstimator(tickets: TicketRepository) {
  /** The most recent service times of each service, newest first, loaded once then kept up to date. */
  const recentSamples = new Map<string, number[]>();

  function serviceMinutes(index: CentreIndex, serviceId: string, now: number): number {
    let samples = recentSamples.get(serviceId);
    if (!samples) {
      samples = tickets.recentServiceMinutes(serviceId, now - lookBackMs, sampleSize).filter((value) => value > 0);
      recentSamples.set(serviceId, samples);
    }
    return samples.length >= minimumSamples
      ? samples.reduce((sum, value) => sum + value, 0) / samples.length
      : index.service(serviceId).defaultServiceMinutes;
  }

  function share(counter: Counter, serviceId: string): number {
    const total = counter.services.reduce((sum, entry) => sum + entry.weight, 0);
    const entry = counter.services.find((candidate) => candidate.serviceId === serviceId);
    return entry ? entry.weight / total : 0;
  }

  return {
    /** Counts a finished visit's minutes at the counter into its service's recent times. */
    visitFinished(serviceId: string, minutes: number): void {
      const samples = recentSamples.get(serviceId);
      if (!samples || minutes <= 0) return;
      samples.unshift(minutes);
      if (samples.length > sampleSize) samples.pop();
    },
    /** Reloads every service's times from the database on next use (configuration changed, or a rollback). */
    forgetAll(): void {
      recentSamples.clear();
    },
    serviceMinutes,
    /**
     * Estimated minutes until a ticket with `ahead` tickets before it is called, or null when no
     * counter at all calls the service.
     */
    estimate(
      index: CentreIndex,
      serviceId: string,
      ahead: number,
      counterStates: ReadonlyMap<string, CounterStateRecord>,
      busyCounters: ReadonlySet<string>,
      now: number,
    ): number | null {
      const counters = index.countersOf.get(serviceId) ?? [];
      if (counters.length === 0) return null;
      let capacity = 0;
      let free = 0;
      for (const counter of counters) {
        if (counterStates.get(counter.id)?.status !== 'open') continue;
        const part = share(counter, serviceId);
        capacity += part;
        // An idle counter calls whoever waits at once, whatever its share.
        if (!busyCounters.has(counter.id)) free += 1;
      }
      if (capacity === 0) capacity = counters.reduce((sum, counter) => sum + share(counter, serviceId), 0);
      const minutes = (Math.max(0, ahead + 1 - free) * serviceMinutes(index, serviceId, now)) / capacity;
      return Math.ceil(minutes);
    },
  };
}

export type Estimator = ReturnType<typeof createEstimator>;
