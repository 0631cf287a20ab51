import { z } from 'zod';
import { DeviceId } from './device-config.js';
import { PrinterStatus, Receipt, type PrintResult } from './kiosk.js';

const Timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 time');

export const deviceKinds = ['kiosk', 'display'] as const;
export const DeviceKind = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const DeviceIdParams = z.object({ deviceId: DeviceId });
export const KioskIdParams = z.object({ kioskId: DeviceId });

/** `POST /api/devices/{deviceId}/heartbeat`: a kiosk or display says it is alive, every minute. */
export const HeartbeatBody = z.object({
  kind: DeviceKind,
  /** A kiosk's own printer as its shell last read it; left out when the kiosk has none to report. */
  printer: PrinterStatus.optional(),
});
export type HeartbeatBody = z.infer<typeof HeartbeatBody>;

/** What the server knows of a kiosk or display now: live facts kept in memory, not history. */
export const DeviceState = z.object({
  id: z.string(),
  kind: DeviceKind,
  /** Its name in the configuration; the id for a device the configuration does not list. */
  name: z.string(),
  /** Whether the configuration lists it. */
  registered: z.boolean(),
  lastSeenAt: Timestamp.nullable(),
  /** No heartbeat for 3 minutes, or none since the server started. */
  silent: z.boolean(),
  /** Its printer's last known status, or null when it has none or none was reported. */
  printer: PrinterStatus.nullable(),
});
export type DeviceState = z.infer<typeof DeviceState>;

/** Why a `device.changed` event was sent. */
export const deviceChanges = ['online', 'silent', 'printer'] as const;
export const DeviceChange = z.enum(deviceChanges);
export type DeviceChange = z.infer<typeof DeviceChange>;

/** How many minutes after issue a ticket's receipt may still be printed by the server. */
export const receiptPrintWindowMinutes = 10;

const ReceiptText = z.string().max(200);

/**
 * A receipt the server is asked to print: bounded, so a public endpoint cannot be used to print
 * pages of arbitrary text (the server also ties it to a fresh ticket, see device-routes).
 */
export const PrintableReceipt = Receipt.extend({
  centreName: ReceiptText,
  unitName: ReceiptText,
  number: z.string().min(1).max(12),
  serviceName: ReceiptText,
  issuedAt: z.string().max(40),
  lines: z.array(ReceiptText).max(8),
  trackingUrl: Receipt.shape.trackingUrl.max(300),
  trackingHint: ReceiptText,
  selfServiceHint: z.string().max(400).nullable(),
  appointmentLine: ReceiptText.nullable().default(null),
});

/** `POST /api/kiosks/{kioskId}/print`: print a just-issued ticket's receipt on the kiosk's network printer. */
export const KioskPrintBody = z.object({
  trackingCode: z.string().regex(/^[A-Za-z0-9]{6,32}$/, 'a tracking code'),
  receipt: PrintableReceipt,
});
export type KioskPrintBody = z.infer<typeof KioskPrintBody>;

/** The answer of a print: printed, or not and why (a printer problem is an answer, not an error). */
export const PrintOutcome = z.discriminatedUnion('printed', [
  z.object({ printed: z.literal(true) }),
  z.object({ printed: z.literal(false), status: PrinterStatus, reason: z.string() }),
]) satisfies z.ZodType<PrintResult>;
