import type { Centre, DisplayCall } from '@dintur/shared';

/**
 * A display's zone: the calls of these units' counters and of these counters (a screen in the
 * P/O wing shows only P/O counters). Both empty: every call.
 */
export type Zone = { unitIds: readonly string[]; counterIds: readonly string[] };

/** Whether the zone takes every call. */
export function isWholeCentre(zone: Zone): boolean {
  return zone.unitIds.length === 0 && zone.counterIds.length === 0;
}

/**
 * Whether a call to `counterId` belongs on this display. A counter the display does not know
 * (no centre yet, or a counter added since) counts in a unit zone only once the centre says
 * which unit it belongs to: better a call shown a moment later than on the wrong wing's screen.
 */
export function isInZone(zone: Zone, counterId: string, centre: Pick<Centre, 'counters'> | null): boolean {
  if (isWholeCentre(zone)) return true;
  if (zone.counterIds.includes(counterId)) return true;
  if (zone.unitIds.length === 0) return false;
  const counter = centre?.counters.find((candidate) => candidate.id === counterId);
  return counter !== undefined && zone.unitIds.includes(counter.unitId);
}

/** The calls of `calls` that belong on this display. */
export function callsInZone(zone: Zone, calls: readonly DisplayCall[], centre: Pick<Centre, 'counters'> | null): DisplayCall[] {
  return calls.filter((call) => isInZone(zone, call.counterId, centre));
}

/** The services whose waiting figures belong on this display: those its zone's counters or units serve. */
export function servicesInZone(zone: Zone, centre: Centre): Centre['services'] {
  if (isWholeCentre(zone)) return centre.services;
  const served = new Set<string>();
  for (const counter of centre.counters) {
    if (zone.counterIds.includes(counter.id) || zone.unitIds.includes(counter.unitId)) for (const serviceId of counter.services) served.add(serviceId);
  }
  return centre.services.filter((service) => served.has(service.id) || zone.unitIds.includes(service.unitId));
}
