import { z } from 'zod';

/**
 * The kiosk's contract with its printer, its Electron shell and the server. The receipt is
 * encoded to ESC/POS by `printer/`; the shell prints it through its own transport, or the
 * server prints it on the kiosk's network printer when the page runs in a plain browser.
 */

/** Where a receipt printer is: raw TCP (port 9100 on most network printers) or a Linux usblp device. */
export const PrinterConnection = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('tcp'),
    host: z.string().min(1).max(255),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({
    type: z.literal('usb'),
    /**
     * The usblp character device, such as `/dev/usb/lp0`. Only a path under /dev without "." or
     * ".." steps; where it leads (a character device under /dev, not a link out of it) is checked
     * by the server's configuration and again each time it is opened (printer/'s usb-channel.ts).
     */
    device: z
      .string()
      .max(200)
      .regex(/^\/dev\//, 'a device path such as "/dev/usb/lp0"')
      .refine((device) => !device.includes('\0') && !device.split('/').some((step) => step === '.' || step === '..'), {
        message: 'a character device under /dev, without "." or ".." steps (such as "/dev/usb/lp0")',
      }),
  }),
]);
export type PrinterConnection = z.infer<typeof PrinterConnection>;

export const PrinterSettings = z.object({
  connection: PrinterConnection,
  /** Characters per line of the paper in font A: 42 for 80 mm, 32 for 58 mm. */
  columns: z.number().int().min(24).max(64).default(42),
});
export type PrinterSettings = z.infer<typeof PrinterSettings>;

/**
 * A printer's state as read by DLE EOT: `ok`, or the first problem that stops a ticket.
 * `paper-near-end` still prints, but staff are told to change the roll.
 */
export const printerStates = ['ok', 'paper-near-end', 'paper-end', 'cover-open', 'offline', 'unreachable', 'none'] as const;
export const PrinterState = z.enum(printerStates);
export type PrinterState = z.infer<typeof PrinterState>;

export const PrinterStatus = z.object({
  state: PrinterState,
  /** True when a ticket can be printed now (`ok` or `paper-near-end`). */
  canPrint: z.boolean(),
  checkedAt: z.iso.datetime({ offset: true }),
  /** Why the printer cannot be reached ("EACCES: permission denied, open '/dev/usb/lp0'"), for staff. */
  detail: z.string().max(200).optional(),
});
export type PrinterStatus = z.infer<typeof PrinterStatus>;

/** Everything a ticket receipt shows, already in the citizen's language. */
export const Receipt = z.object({
  /** The receipt's language: text direction and fallback are chosen from it. */
  lang: z.string().min(2).max(3),
  centreName: z.string(),
  unitName: z.string(),
  /** "A42": printed big. */
  number: z.string(),
  serviceName: z.string(),
  /** The issue time, formatted in the centre's time zone ("22.11.2026 13:05"). */
  issuedAt: z.string(),
  /** Lines such as "3 foran dig" and "Forventet ventetid: ca. 12 min", already translated. */
  lines: z.array(z.string()),
  /** The tracking URL (ASCII), printed as a QR code. */
  trackingUrl: z.string().regex(/^[\x20-\x7e]+$/, 'ASCII only'),
  /** The line under the QR ("Følg din tur på mobilen"). */
  trackingHint: z.string(),
  /** "Kan også klares på borger.dk: …", or null. */
  selfServiceHint: z.string().nullable(),
  /** Shown for an appointment check-in: "Tid 10:30". */
  appointmentLine: z.string().nullable().default(null),
});
export type Receipt = z.infer<typeof Receipt>;

/** A kiosk's settings: its Electron config file, or the URL of `/kiosk` in a plain browser. */
export const KioskConfig = z.object({
  /** Where the centre server is; empty means the page's own origin. */
  serverUrl: z.url({ protocol: /^https?$/ }).or(z.literal('')).default(''),
  /** Names this kiosk to the server (device status, statistics). */
  kioskId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
  /** The printer the shell drives itself; null when there is none (or the server prints). */
  printer: PrinterSettings.nullable().default(null),
});
export type KioskConfig = z.infer<typeof KioskConfig>;

export type PrintResult = { printed: true } | { printed: false; status: PrinterStatus; reason: string };

/**
 * What the kiosk shell's preload exposes to the renderer as `window.dinturKiosk`. In a plain
 * browser it is absent: the renderer asks the server to print instead.
 */
export type KioskBridge = {
  getConfig(): Promise<KioskConfig>;
  print(receipt: Receipt): Promise<PrintResult>;
  printerStatus(): Promise<PrinterStatus>;
  /** A scan from a HID-POS scanner (keyboard-wedge scanners type into the page instead). Returns an unsubscribe. */
  onScan(listener: (code: string) => void): () => void;
};

/** IPC channel names of the kiosk shell. */
export const kioskChannels = {
  getConfig: 'kiosk:get-config',
  print: 'kiosk:print',
  printerStatus: 'kiosk:printer-status',
  scan: 'kiosk:scan',
} as const;
