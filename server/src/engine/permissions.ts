import type { Role, Service, Unit } from '@dintur/shared';

/** The person acting: a signed-in staff account. */
export type Actor = { id: number; unitId: string | null; role: Role; displayName: string };

/**
 * The unit rule: may this person handle (be called for, start, finish) a visit of this service?
 * Information is anyone's; a simple authority decision is the owning unit's or a unit with the
 * dispensation (Borgerservice); an authority decision is the owning unit's alone.
 */
export function mayServe(actor: Pick<Actor, 'unitId'>, service: Service, units: ReadonlyMap<string, Unit>): boolean {
  switch (service.authority) {
    case 'information':
      return true;
    case 'simple-authority':
      return actor.unitId === service.unitId || (actor.unitId !== null && units.get(actor.unitId)?.dispensation === true);
    case 'authority':
      return actor.unitId === service.unitId;
  }
}

/** Leaders may act on any counter and ticket (sign someone out, cancel, transfer). */
export const isLeader = (actor: Pick<Actor, 'role'>) => actor.role === 'manager' || actor.role === 'admin';
