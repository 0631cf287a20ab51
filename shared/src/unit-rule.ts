import type { AuthorityLevel } from './domain.js';

/** What the unit rule reads of a service: who owns it and how much authority its decisions carry. */
export type RuledService = { unitId: string; authority: AuthorityLevel };
/** What the unit rule reads of a unit: whether it has the dispensation (Borgerservice). */
export type RuledUnit = { id: string; dispensation: boolean };

/**
 * The unit rule: may a person of this unit handle (be called for, start, finish) a visit of this
 * service? Information is anyone's; a simple authority decision is the owning unit's or a unit
 * with the dispensation (Borgerservice); an authority decision is the owning unit's alone.
 * The server decides with it; the staff app uses the same function to say beforehand what a
 * person will never be given at a counter.
 */
export function mayServe(person: { unitId: string | null }, service: RuledService, units: ReadonlyMap<string, Pick<RuledUnit, 'dispensation'>>): boolean {
  switch (service.authority) {
    case 'information':
      return true;
    case 'simple-authority':
      return person.unitId === service.unitId || (person.unitId !== null && units.get(person.unitId)?.dispensation === true);
    case 'authority':
      return person.unitId === service.unitId;
  }
}

/**
 * The units whose staff may handle a service, the owning unit first, or null when anyone may
 * (information): what "only P/O's staff" names.
 */
export function unitsThatMayServe(service: RuledService, units: readonly RuledUnit[]): string[] | null {
  if (service.authority === 'information') return null;
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return [service.unitId, ...units.filter((unit) => unit.id !== service.unitId && mayServe({ unitId: unit.id }, service, byId)).map((unit) => unit.id)];
}

/** The services (of those given) a person of `unitId` will never be given, in the given order. */
export function neverServed<Service extends RuledService>(unitId: string | null, services: readonly Service[], units: readonly RuledUnit[]): Service[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return services.filter((service) => !mayServe({ unitId }, service, byId));
}
