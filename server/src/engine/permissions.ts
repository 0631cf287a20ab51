import type { Role } from '@dintur/shared';

/** The person acting: a signed-in staff account. */
export type Actor = { id: number; unitId: string | null; role: Role; displayName: string };

/**
 * The unit rule (who may handle a visit of which service) lives in shared, so the staff app can
 * say beforehand what a person will never be given at a counter with the very rule the server
 * calls by.
 */
export { mayServe } from '@dintur/shared';

/** Leaders may act on any counter and ticket (sign someone out, cancel, transfer). */
export const isLeader = (actor: Pick<Actor, 'role'>) => actor.role === 'manager' || actor.role === 'admin';
