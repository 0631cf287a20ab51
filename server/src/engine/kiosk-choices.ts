import type { KioskChoiceBody } from '@dintur/shared';
import type { EngineContext } from './context.js';

/**
 * Records what a citizen chose at the kiosk for a service that can be done online: the
 * self-service route (a QR code to the portal) or a number anyway. Kept in the event log as
 * `kiosk.choice` for the channel statistics (how many are redirected to self-service), and not
 * published: the live stream is for screens, and nobody's screen changes because of it.
 * Throws 404 for a service the centre does not have.
 */
export function recordKioskChoice(context: EngineContext, choice: KioskChoiceBody): void {
  context.transaction(() => {
    const service = context.index().service(choice.serviceId);
    context.record({
      type: 'kiosk.choice',
      details: { serviceId: service.id, choice: choice.choice, kioskId: choice.kioskId },
    });
  });
}
