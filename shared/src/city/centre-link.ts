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
});
export type CityLinkStatus = z.infer<typeof CityLinkStatus>;

const leaders: readonly Role[] = ['manager', 'admin'];

/** The centre's own operation about its city link. */
export const cityLinkOperations = {
  cityLink: {
    method: 'get',
    path: '/api/city-link',
    summary: 'The link to the city hub: linked, refused key, unreachable, or running alone',
    access: leaders,
    status: 200,
    response: CityLinkStatus,
  },
} as const;
