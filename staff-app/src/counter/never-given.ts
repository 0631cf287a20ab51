import { neverServed, unitsThatMayServe, type RuledService, type RuledUnit } from '@dintur/shared';

type NamedService = RuledService & { id: string; name: { da: string } };
type NamedUnit = RuledUnit & { name: { da: string } };

/** A service a person will never be given at a counter, and whose staff may serve it. */
export type NeverGiven = { serviceId: string; service: string; onlyUnits: string[] };

/**
 * The services of a counter that a person of `unitId` will never be given there, by the unit rule
 * the server calls by (shared/src/unit-rule.ts): the counter calls them, but only other units'
 * staff may handle them. In the counter's order.
 */
export function neverGivenAt(counterServiceIds: readonly string[], unitId: string | null, centre: { services: readonly NamedService[]; units: readonly NamedUnit[] }): NeverGiven[] {
  const unitName = (id: string) => centre.units.find((unit) => unit.id === id)?.name.da ?? id;
  const services = counterServiceIds.flatMap((id) => centre.services.filter((service) => service.id === id));
  return neverServed(unitId, services, centre.units).map((service) => ({
    serviceId: service.id,
    service: service.name.da,
    onlyUnits: (unitsThatMayServe(service, centre.units) ?? []).map(unitName),
  }));
}

const only = (units: readonly string[]) => `kun medarbejdere i ${units.length <= 1 ? (units[0] ?? '') : `${units.slice(0, -1).join(', ')} eller ${units.at(-1)}`}`;

/**
 * "Pension og Hjemmehjælp (kun medarbejdere i Pension og Omsorg), Boligstøtte (kun medarbejdere i
 * Pension og Omsorg eller Borgerservice)": services that the same units alone may serve are named together.
 */
export function neverGivenList(items: readonly NeverGiven[]): string {
  const groups = new Map<string, { units: string[]; services: string[] }>();
  for (const item of items) {
    const key = item.onlyUnits.join('|');
    const group = groups.get(key) ?? { units: item.onlyUnits, services: [] };
    group.services.push(item.service);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => `${andList(group.services)} (${only(group.units)})`).join(', ');
}

const andList = (words: readonly string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} og ${words.at(-1)}`);

/** What the person at the counter is told: "Du får aldrig: Pension (kun medarbejdere i Pension og Omsorg)". */
export const youNeverGet = (items: readonly NeverGiven[]) => `Du får aldrig: ${neverGivenList(items)}`;

/** What the leader editing a profile is told, per unit: "Medarbejdere i Borgerservice får aldrig: Pension (…)". */
export const unitNeverGets = (unit: string, items: readonly NeverGiven[]) => `Medarbejdere i ${unit} får aldrig: ${neverGivenList(items)}`;
