import { indexCentre, mayServe } from '../../engine/index.js';
import type { Scenario } from './scenario.js';
import { RandomStream } from './random.js';

/** One citizen's visit, drawn before any policy runs so every policy meets the same day. */
export type Visit = {
  index: number;
  serviceId: string;
  /** `late`: booked, but came after the grace time, so takes a walk-in number. */
  kind: 'walk-in' | 'booked' | 'late';
  /** When the citizen takes a number or checks in (minutes after local midnight). */
  arrivalMinute: number;
  appointmentMinute: number | null;
  /** Booked and never came. */
  noShow: boolean;
  serviceMinutes: number;
  /** Sent on to another unit after the first counter, with the time needed there. */
  transfer: { serviceId: string; serviceMinutes: number } | null;
};

export const minuteOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/**
 * Draws the visits of one day. Each class and attribute has its own random stream forked from
 * the replication's seed (common random numbers): the same seed gives the same citizens, with
 * the same needs, whatever the routing policy.
 */
export function drawVisits(scenario: Scenario, seed: number): Visit[] {
  const root = new RandomStream(seed);
  const open = minuteOf(scenario.open);
  const close = minuteOf(scenario.close);
  const profileOf = (factors: readonly number[]) => {
    const sum = factors.reduce((total, factor) => total + factor, 0);
    return (perDay: number) => (minute: number) => {
      const hour = Math.floor((minute - open) / 60);
      const factor = factors[Math.min(hour, factors.length - 1)] ?? 0;
      return sum > 0 ? (perDay * factor) / sum / 60 : 0;
    };
  };
  const unitOf = new Map(scenario.centre.services.map((service) => [service.id, service.unitId]));
  const index = indexCentre(scenario.centre);
  const visits: Omit<Visit, 'index'>[] = [];

  for (const visitClass of scenario.classes) {
    const stream = root.fork(`class:${visitClass.serviceId}`);
    const profile = profileOf(visitClass.hourlyFactors ?? scenario.hourlyFactors);
    const perDay = visitClass.visitsPerDay * scenario.volumeFactor;
    const serviceTimes = stream.fork('service');
    const transfers = stream.fork('transfer');
    const draw = () => ({
      serviceMinutes:
        visitClass.serviceDistribution === 'exponential'
          ? serviceTimes.exponential(visitClass.meanServiceMinutes)
          : serviceTimes.lognormal({ mean: visitClass.meanServiceMinutes, cv: visitClass.serviceCv }),
      transfer: drawTransfer(transfers, visitClass.serviceId),
    });

    for (const arrival of stream.fork('walk-in').poissonArrivals(profile(perDay * (1 - visitClass.bookedShare)), open, close)) {
      visits.push({ serviceId: visitClass.serviceId, kind: 'walk-in', arrivalMinute: arrival, appointmentMinute: null, noShow: false, ...draw() });
    }
    const bookings = stream.fork('booked');
    const book = slotBook(visitClass.serviceId, visitClass.meanServiceMinutes, visitClass.bookedShare);
    // The day's real bookings when the scenario has them; else bookings drawn from the booked share.
    const booked = scenario.bookings
      ? scenario.bookings.filter((booking) => booking.serviceId === visitClass.serviceId)
      : bookings.poissonArrivals(profile(perDay * visitClass.bookedShare), open, close).map((minute) => ({ minute, came: undefined }));
    for (const booking of booked) {
      const appointmentMinute = scenario.bookings ? booking.minute : book(booking.minute);
      if (appointmentMinute === null) continue; // fully booked: the citizen books another day
      const checkIn = Math.max(open, appointmentMinute - bookings.normal(scenario.checkInEarlyMinutes.mean, scenario.checkInEarlyMinutes.sd));
      const late = checkIn > appointmentMinute + scenario.lateGraceMinutes;
      visits.push({
        serviceId: visitClass.serviceId,
        kind: late ? 'late' : 'booked',
        arrivalMinute: checkIn,
        appointmentMinute,
        noShow: bookings.bernoulli(scenario.appointmentNoShowShare) && booking.came !== true,
        ...draw(),
      });
    }
  }

  /**
   * Books as a booking system does: slots as long as the visit (on the scenario's grid), each
   * holding the booked share of the counters whose staff may serve the service (at least one),
   * so the rest of the capacity is kept for walk-ins. A request takes the nearest free slot.
   */
  function slotBook(serviceId: string, meanMinutes: number, bookedShare: number) {
    const grid = scenario.appointmentSlotMinutes;
    const length = Math.max(grid, Math.ceil(meanMinutes / grid) * grid);
    const counters = scenario.counters.filter((simulated) =>
      index.counter(simulated.counterId).services.some(
        (entry) => entry.serviceId === serviceId && mayServe({ unitId: simulated.staffUnitId }, index.service(serviceId), index.units),
      ),
    ).length;
    const capacity = Math.max(1, Math.round(bookedShare * counters));
    const slots = new Map<number, number>();
    const starts: number[] = [];
    for (let start = open; start + length <= close; start += length) starts.push(start);
    return (requested: number): number | null => {
      const byDistance = [...starts].sort((a, b) => Math.abs(a - requested) - Math.abs(b - requested) || a - b);
      const free = byDistance.find((start) => (slots.get(start) ?? 0) < capacity);
      if (free === undefined) return null;
      slots.set(free, (slots.get(free) ?? 0) + 1);
      return free;
    };
  }

  function drawTransfer(stream: RandomStream, serviceId: string): Visit['transfer'] {
    if (!stream.bernoulli(scenario.transferShare)) return null;
    const targets = scenario.classes.filter((candidate) => unitOf.get(candidate.serviceId) !== unitOf.get(serviceId));
    if (targets.length === 0) return null;
    const target = stream.pick(targets, targets.map((candidate) => candidate.visitsPerDay));
    return { serviceId: target.serviceId, serviceMinutes: stream.lognormal({ mean: target.meanServiceMinutes, cv: target.serviceCv }) };
  }

  return visits.sort((a, b) => a.arrivalMinute - b.arrivalMinute).map((visit, index) => ({ ...visit, index }));
}
