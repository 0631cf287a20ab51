import { z } from 'zod';
import type { Role } from '../domain.js';

/** A centre's link to the city hub, as its leaders' overview shows it. */
export const CityLinkStatus = z.object({
  /** False when the centre runs alone (no DINTUR_CITY_URL). */
  configured: z.boolean(),
  hubUrl: z.string().nullable(),
  centreId: z.string().nullable(),
  /** `out-of-step`: the hub has more of this centre's log than the centre (a replaced database). */
  state: z.enum(['alone', 'connecting', 'linked', 'refused', 'unreachable', 'out-of-step']),
  /** Plain words for the leaders when the link is not working. */
  message: z.string().nullable(),
  hubLastEventId: z.number().int().nullable(),
  localLastEventId: z.number().int().nullable(),
  lastContactAt: z.iso.datetime({ offset: true }).nullable(),
  /** Where bookings for this centre are made when the hub takes them (the hub's booking desk); null when alone. */
  bookingDeskUrl: z.string().nullable(),
  /** The centre's copy of the bookings made for it at the hub; null when alone. */
  bookingFeed: z
    .object({
      state: z.enum(['connecting', 'following', 'refused', 'unreachable', 'failing']),
      message: z.string().nullable(),
      /** The last revision of the hub's booking feed applied here. */
      cursor: z.number().int(),
      lastFetchedAt: z.iso.datetime({ offset: true }).nullable(),
      /** Whether the city's CPR-hash key is here, so a health card finds bookings made at the hub. */
      cityCprKey: z.boolean(),
    })
    .nullable(),
});
export type CityLinkStatus = z.infer<typeof CityLinkStatus>;

/** Leaders, and the booking desk's agents (who book at the hub when the centre is linked). */
const leadersAndDesk: readonly Role[] = ['agent', 'manager', 'admin'];

/** The centre's own operation about its city link. */
export const cityLinkOperations = {
  cityLink: {
    method: 'get',
    path: '/api/city-link',
    summary: 'The link to the city hub: linked, refused key, unreachable, or running alone',
    access: leadersAndDesk,
    status: 200,
    response: CityLinkStatus,
  },
} as const;
