import { z } from 'zod';
import { PrinterSettings } from './kiosk.js';

/** A kiosk's or display's id: the same rule as the other ids of the configuration. */
export const DeviceId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40 characters');

/** A ticket kiosk of the centre, as the configuration knows it. */
export const KioskDevice = z.object({
  id: DeviceId,
  name: z.string().trim().min(1).max(60),
  /**
   * The network or USB printer the server prints on for this kiosk when the kiosk page runs in a
   * plain browser; null when the kiosk's own shell drives its printer, or there is none.
   */
  printer: PrinterSettings.nullable().default(null),
});
export type KioskDevice = z.infer<typeof KioskDevice>;

/** A wall display of the centre: listed so that a display gone silent is noticed. */
export const DisplayDevice = z.object({
  id: DeviceId,
  name: z.string().trim().min(1).max(60),
});
export type DisplayDevice = z.infer<typeof DisplayDevice>;

/**
 * Kiosks and displays share one space of ids (a heartbeat names a device by its id alone), so an
 * id may appear once across both lists.
 */
export function checkDeviceIds(config: { kiosks: { id: string }[]; displays: { id: string }[] }, context: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const list of ['kiosks', 'displays'] as const) {
    config[list].forEach((device, index) => {
      if (seen.has(device.id)) context.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate device id "${device.id}"` });
      seen.add(device.id);
    });
  }
}
