import type { Counter } from '@dintur/shared';
import type { HeldTicket, TicketRepository } from '../data/ticket-repository.js';
import type { CentreIndex } from './centre-index.js';
import type { EngineContext } from './context.js';
import { mayServe } from './permissions.js';
import { forecastCall, type ForecastCounter, type ForecastTicket } from './wait-forecast.js';

/** Finished visits looked at for a service's recent service times, and how far back. */
const sampleSize = 20;
const minimumSamples = 5;
const lookBackMs = 14 * 24 * 60 * 60_000;
/** Recent visits that lasted longer than a visit in progress has so far, needed to say how long it still takes. */
const minimumLonger = 3;

/** A place in a service's queue: how many wait before it, the instant it stands for, and the ticket there (none for a newcomer). */
export type Place = { ahead: number; at: number; ticketId?: number };

/** An open counter, with the services its person may serve there (the unit rule) and the visit it holds. */
type OpenCounter = { counter: Counter; services: Counter['services']; holding: HeldTicket | undefined };

/**
 * Waiting-time estimates (docs/QUEUEING.md): the calling rule replayed on the present state —
 * the open counters, each busy for what its current visit still needs, calling the waiting
 * tickets as calling.ts would, each visit taking its service's recent mean time — until the
 * place is called. Null when no open counter may serve the service now.
 */
export function createEstimator(tickets: TicketRepository) {
  /** The most recent service times of each service, newest first, loaded once then kept up to date. */
  const recentSamples = new Map<string, number[]>();

  function samplesOf(serviceId: string, now: number): number[] {
    let samples = recentSamples.get(serviceId);
    if (!samples) {
      samples = tickets.recentServiceMinutes(serviceId, now - lookBackMs, sampleSize).filter((value) => value > 0);
      recentSamples.set(serviceId, samples);
    }
    return samples;
  }

  function serviceMinutes(index: CentreIndex, serviceId: string, now: number): number {
    const samples = samplesOf(serviceId, now);
    return samples.length >= minimumSamples
      ? samples.reduce((sum, value) => sum + value, 0) / samples.length
      : index.service(serviceId).defaultServiceMinutes;
  }

  /**
   * The minutes a visit that has lasted `elapsed` still needs: what the recent visits that lasted
   * longer took beyond that, on average (a long visit tends to go on). With too few of those, a
   * whole mean visit, as if visits had no memory.
   */
  function remainingMinutes(index: CentreIndex, serviceId: string, elapsed: number, now: number): number {
    const samples = samplesOf(serviceId, now);
    const longer = samples.length >= minimumSamples ? samples.filter((value) => value > elapsed) : [];
    if (longer.length >= minimumLonger) return longer.reduce((sum, value) => sum + value - elapsed, 0) / longer.length;
    return serviceMinutes(index, serviceId, now);
  }

  /** Every open counter (not paused, someone signed in) with what its person may serve there. */
  function openCounters(context: EngineContext): OpenCounter[] {
    const index = context.index();
    const holding = new Map<string, HeldTicket>();
    for (const held of tickets.heldTickets()) holding.set(held.counterId, held);
    const open: OpenCounter[] = [];
    for (const counter of index.config.counters) {
      const state = context.counterStates().get(counter.id);
      if (state?.status !== 'open' || state.staffId === null) continue;
      const unitId = context.staff.byId(state.staffId)?.unitId ?? null;
      const services = counter.services.filter((entry) => {
        const service = index.services.get(entry.serviceId);
        return service !== undefined && mayServe({ unitId }, service, index.units);
      });
      open.push({ counter, services, holding: holding.get(counter.id) });
    }
    return open;
  }

  /** Minutes until the place would be called by the calling rule, or undefined if no counter would call it. */
  function forecast(context: EngineContext, open: readonly OpenCounter[], serviceId: string, place: Place, now: number): number | undefined {
    const index = context.index();
    const { appointments } = index.config;
    const counters: ForecastCounter[] = open.map(({ counter, services, holding }) => ({
      id: counter.id,
      freeAt: holding ? now + remainingMinutes(index, holding.serviceId, (now - holding.calledAt) / 60_000, now) * 60_000 : now,
      services,
      // As calling.ts: a service's due appointments go first at its appointment counters, or at any when it names none.
      takesAppointments: new Set(
        services.filter((entry) => appointments.services[entry.serviceId]?.counterIds.includes(counter.id) ?? true).map((entry) => entry.serviceId),
      ),
    }));
    const queues = new Map<string, readonly ForecastTicket[]>();
    for (const service of index.config.services) queues.set(service.id, tickets.waitingIn(service.id));
    // A newcomer stands behind everyone whose place has come, before the appointments booked for later.
    const targetId = place.ticketId ?? Number.MAX_SAFE_INTEGER;
    if (place.ticketId === undefined) {
      const queue = [...(queues.get(serviceId) ?? [])];
      const at = queue.findIndex((ticket) => ticket.queuedAt > place.at);
      queue.splice(at < 0 ? queue.length : at, 0, { id: targetId, serviceId, queuedAt: place.at, appointmentAt: null });
      queues.set(serviceId, queue);
    }
    const minutes = new Map<string, number>();
    const calledAt = forecastCall({
      now,
      counters,
      queues,
      minutes: (id) => minutes.get(id) ?? minutes.set(id, serviceMinutes(index, id, now)).get(id)!,
      callAheadMs: (id) => (appointments.services[id]?.callMarginMinutes ?? 2) * 60_000,
      targetId,
    });
    return calledAt === undefined ? undefined : (calledAt - now) / 60_000;
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
     * Estimated minutes until the ticket at `place` in the service's queue is called, or null
     * when no open counter's person may serve the service now: closed or paused counters are not
     * assumed to open, so nobody is promised a time no one is there to keep.
     */
    estimate(context: EngineContext, serviceId: string, place: Place): number | null {
      const now = context.clock.now();
      const open = openCounters(context);
      const serving = open.filter((entry) => entry.services.some((service) => service.serviceId === serviceId));
      if (serving.length === 0) return null;
      const minutes =
        forecast(context, open, serviceId, place, now) ??
        // Only when the replay gives up (a queue far beyond a day's work): the queue-length predictor.
        ((place.ahead + 1) * serviceMinutes(context.index(), serviceId, now)) / serving.length;
      const rounded = Math.round(minutes);
      // Someone with people before them is never told 0 minutes: their call and walk take one.
      return place.ahead > 0 ? Math.max(1, rounded) : rounded;
    },
  };
}

export type Estimator = ReturnType<typeof createEstimator>;
