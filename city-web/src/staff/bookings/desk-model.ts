import type { CityAppointment, CityBookableService, CityBookingOptions, CityServiceDaySlots, CitySlot } from '@dintur/shared';

/** A centre that takes bookings for at least one service. */
export type DeskCentre = { id: string; name: string };

const byDanishName = (left: { name: string }, right: { name: string }) => left.name.localeCompare(right.name, 'da');

/** Every centre that takes bookings, by name. */
export function centresOf(options: CityBookingOptions): DeskCentre[] {
  const centres = new Map<string, DeskCentre>();
  for (const service of options.services) {
    for (const centre of service.centres) centres.set(centre.centreId, { id: centre.centreId, name: centre.centreName });
  }
  return [...centres.values()].sort(byDanishName);
}

/** The bookable services by the unit they belong to (Borgerservice, Pension og Omsorg, …), units and services by Danish name. */
export function serviceUnits(options: CityBookingOptions): { name: string; services: CityBookableService[] }[] {
  const units = new Map<string, { name: string; services: CityBookableService[] }>();
  for (const service of options.services) {
    const unit = units.get(service.unitName.da) ?? { name: service.unitName.da, services: [] };
    unit.services.push(service);
    units.set(service.unitName.da, unit);
  }
  const byServiceName = (left: CityBookableService, right: CityBookableService) => left.name.da.localeCompare(right.name.da, 'da');
  return [...units.values()].sort(byDanishName).map((unit) => ({ ...unit, services: unit.services.sort(byServiceName) }));
}

/** A service's free times at one centre on one day. */
export type ServiceTimes = { service: CityBookableService; lengthMinutes: number; slots: CitySlot[] };
/** One centre's free times on one day. */
export type CentreTimes = { centre: DeskCentre; services: ServiceTimes[] };
/** One day's free times, centre by centre. */
export type FreeDay = { date: string; centres: CentreTimes[] };

export type FreeTimesView = { days: FreeDay[]; times: number; centres: number };

/**
 * The hub's free slots as the desk shows them: day by day, each day's centres by name, each
 * centre's services in the hub's order. Entries without a free place, or of a service or centre
 * the desk does not know, are left out.
 */
export function groupFreeTimes(entries: readonly CityServiceDaySlots[], options: CityBookingOptions): FreeTimesView {
  const names = new Map(centresOf(options).map((centre) => [centre.id, centre]));
  const serviceOrder = new Map(options.services.map((service, index) => [service.id, index]));
  const days = new Map<string, Map<string, CentreTimes>>();
  let times = 0;
  const centresWithTimes = new Set<string>();
  for (const entry of entries) {
    const slots = entry.slots.filter((slot) => slot.available > 0);
    const service = options.services.find((candidate) => candidate.id === entry.serviceId);
    const centre = names.get(entry.centreId);
    const offered = service?.centres.find((candidate) => candidate.centreId === entry.centreId);
    if (slots.length === 0 || !service || !centre || !offered) continue;
    const day = days.get(entry.date) ?? new Map<string, CentreTimes>();
    days.set(entry.date, day);
    const centreTimes = day.get(centre.id) ?? { centre, services: [] };
    day.set(centre.id, centreTimes);
    centreTimes.services.push({ service, lengthMinutes: offered.lengthMinutes, slots: [...slots].sort((left, right) => Date.parse(left.start) - Date.parse(right.start)) });
    times += slots.length;
    centresWithTimes.add(centre.id);
  }
  const ordered = [...days.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([date, centres]) => ({
      date,
      centres: [...centres.values()]
        .sort((left, right) => byDanishName(left.centre, right.centre))
        .map((centreTimes) => ({ ...centreTimes, services: centreTimes.services.sort((left, right) => (serviceOrder.get(left.service.id) ?? 0) - (serviceOrder.get(right.service.id) ?? 0)) })),
    }));
  return { days: ordered, times, centres: centresWithTimes.size };
}

/** A centre's day list in time order; at the same time, still booked before the rest. */
export function dayListOrder(appointments: readonly CityAppointment[]): CityAppointment[] {
  const statusOrder = { booked: 0, 'checked-in': 1, 'no-show': 2, cancelled: 3 } as const;
  return [...appointments].sort((left, right) => Date.parse(left.start) - Date.parse(right.start) || statusOrder[left.status] - statusOrder[right.status] || left.code.localeCompare(right.code));
}
