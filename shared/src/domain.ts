import { z } from 'zod';

/**
 * How much authority a service's decisions carry, which decides who may handle it.
 * - `information`: anyone may help (guidance, no decision).
 * - `simple-authority`: an uncomplicated authority decision (myndighedsafgørelse): staff of the
 *   owning unit, or of a unit with the dispensation (Borgerservice).
 * - `authority`: a decision only the owning unit's staff may make.
 */
export const authorityLevels = ['information', 'simple-authority', 'authority'] as const;
export const AuthorityLevel = z.enum(authorityLevels);
export type AuthorityLevel = z.infer<typeof AuthorityLevel>;

/** Roles of staff accounts. `agent` is a contact-centre agent who books for callers. */
export const roles = ['admin', 'manager', 'staff', 'agent'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/**
 * The booking desk: contact-centre agents book for callers, and leaders may too. The one rule of
 * who sits there: they may use the desk's operations, see a booking's contact details in full,
 * their bookings are the `agent` channel, and they are not limited per address (a contact centre
 * sits behind one).
 */
export const bookingDeskRoles = ['agent', 'manager', 'admin'] as const satisfies readonly Role[];
export const isBookingDesk = (role: Role): boolean => (bookingDeskRoles as readonly Role[]).includes(role);

/**
 * A ticket's life: waiting → called → serving → finished; `no-show`, `cancelled` and
 * `ended-by-reset` (unfinished at the daily reset) are the other ends.
 */
export const ticketStatuses = [
  'waiting',
  'called',
  'serving',
  'finished',
  'no-show',
  'cancelled',
  'ended-by-reset',
] as const;
export const TicketStatus = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Statuses after which nothing more happens to a ticket. */
export const finalTicketStatuses: readonly TicketStatus[] = ['finished', 'no-show', 'cancelled', 'ended-by-reset'];

/** What came of a visit, recorded when the counter finishes it (first-contact resolution goal). */
export const outcomes = ['resolved', 'referred', 'needs-appointment', 'self-service', 'not-resolved'] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

/** Where a transferred ticket goes in the receiving queue. */
export const transferPlacements = ['original', 'front', 'back'] as const;
export const TransferPlacement = z.enum(transferPlacements);
export type TransferPlacement = z.infer<typeof TransferPlacement>;

export const counterStatuses = ['closed', 'open', 'paused'] as const;
export const CounterStatus = z.enum(counterStatuses);
export type CounterStatus = z.infer<typeof CounterStatus>;

/** Languages a ticket can be issued in; receipts and tracking pages follow it. */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'a lower-case ISO 639 language code such as "da" or "en"');
