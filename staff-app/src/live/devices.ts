import { z } from 'zod';
import { PrinterStatus } from '@dintur/shared';

/**
 * A kiosk's or display's state as `GET /api/devices` gives it (the device-status part of the
 * server). Written against the agreed shape; the app copes with the endpoint being absent.
 */
export const DeviceState = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  registered: z.boolean(),
  lastSeenAt: z.string().nullable(),
  silent: z.boolean(),
  printer: PrinterStatus.nullable(),
});
export type DeviceState = z.infer<typeof DeviceState>;

/** The list as such, or wrapped as `{ devices }`. */
export const DeviceList = z.union([z.array(DeviceState), z.object({ devices: z.array(DeviceState) }).transform((body) => body.devices)]);

/** What the overview knows of devices. */
export type DeviceFeed =
  | { state: 'loading' }
  | { state: 'ready'; devices: DeviceState[] }
  /** The server has no device status (404): said once, not as an alert. */
  | { state: 'unavailable' }
  | { state: 'failed' };
