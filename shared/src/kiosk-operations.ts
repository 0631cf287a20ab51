import { z } from 'zod';
import type { Operation } from './operations.js';
import { KioskConfig } from './kiosk.js';

/** What a citizen chose at the kiosk when a service can be done online: the channel statistics count these. */
export const kioskChoices = ['self-service', 'ticket'] as const;
export const KioskChoice = z.enum(kioskChoices);
export type KioskChoice = z.infer<typeof KioskChoice>;

/** `POST /api/kiosk/choices`: the self-service route, or a number anyway. */
export const KioskChoiceBody = z.object({
  kioskId: KioskConfig.shape.kioskId,
  serviceId: z.string().min(1).max(64),
  choice: KioskChoice,
});
export type KioskChoiceBody = z.infer<typeof KioskChoiceBody>;

/** The kiosk's own operations (spread into the shared operation map). */
export const kioskOperations = {
  recordKioskChoice: {
    method: 'post',
    path: '/api/kiosk/choices',
    summary: 'Record a citizen’s choice between the self-service route and a number (event log only, not published)',
    access: 'public',
    body: KioskChoiceBody,
    status: 204,
  },
} as const satisfies Record<string, Operation>;
