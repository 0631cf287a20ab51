/**
 * Barcode scanners in HID-POS mode (USB usage page 0x8C, "Barcode Scanner"), read through
 * node-hid. Such a scanner is not a keyboard: the OS gives it to no window, so the shell reads it
 * and sends each scan to the page on `kiosk:scan`. Scanners in keyboard mode type into the page
 * instead (the renderer's keyboard-wedge.ts).
 *
 * node-hid is optional: it is loaded only here, lazily, and a kiosk without it (or without a
 * scanner, or without permission to open hidraw) simply has no HID scanner, with a warning.
 */

/** USB HID usage page of point-of-sale barcode scanners, and the "Barcode Scanner" usage. */
export const barcodeScannerUsagePage = 0x8c;
export const barcodeScannerUsage = 0x02;

/** The input report that carries scanned data (HID-POS "Scanned Data Report"). */
const scannedDataReportId = 0x02;

/** One scanned-data report: its characters, and whether more reports of the same scan follow. */
export type ScanChunk = { data: string; more: boolean };

/**
 * Reads one input report as node-hid gives it (report id first). The layout is the one Honeywell
 * and Zebra use for the HID-POS scanned-data report: byte 1 the data length, bytes 2–4 the AIM
 * symbology identifier ("]E0"), then the data (up to 56 bytes), and in the last byte bit 0 set
 * when the scan continues in the next report. Trailing CR/LF suffixes are dropped. Any other
 * report (attribute, status) gives null.
 */
export function parseHidPosReport(report: Uint8Array): ScanChunk | null {
  if (report.length < 6 || report[0] !== scannedDataReportId) return null;
  const length = report[1] ?? 0;
  const start = 5;
  const end = Math.min(start + length, report.length);
  if (end <= start) return null;
  // Only printable ASCII: a code is typed into nothing, and control bytes are framing.
  const data = String.fromCharCode(...report.subarray(start, end))
    .replace(/[\r\n]+$/, '')
    .replace(/[^\x20-\x7e]/g, '');
  const more = report.length >= 64 ? ((report[report.length - 1] ?? 0) & 0x01) === 1 : false;
  return { data, more };
}

/** Joins the chunks of scans (a long code spans several reports) and emits each finished code. */
export function createScanAssembler(onScan: (code: string) => void): (chunk: ScanChunk) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.data;
    if (chunk.more) return;
    const code = pending.trim();
    pending = '';
    if (code) onScan(code);
  };
}

/** An open HID device, as far as the scanner uses it. */
export type HidDevice = {
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
  sendFeatureReport(data: number[] | Uint8Array): Promise<number>;
  close(): Promise<void>;
};

/** What the scanner module needs of node-hid (the parts of its API used here). */
export type HidModule = {
  devicesAsync(): Promise<{ path?: string; usagePage?: number; usage?: number; product?: string }[]>;
  HIDAsync: { open(path: string): Promise<HidDevice> };
};

export type ScannerOptions = {
  onScan(code: string): void;
  /** Loads node-hid; a test gives a fake. */
  loadHid?: () => Promise<HidModule>;
  /** How often to look for a scanner again when none is attached (or it was unplugged). */
  retryMs?: number;
};

async function loadNodeHid(): Promise<HidModule> {
  const module: { default?: HidModule } & Partial<HidModule> = await import('node-hid');
  return (module.default ?? module) as HidModule;
}

/**
 * Reads the first HID-POS barcode scanner attached, and looks again every `retryMs` when there
 * is none or it goes away. Never throws: without node-hid, or without a scanner, the kiosk works
 * without one. Returns a function that stops reading.
 */
export async function startHidPosScanner(options: ScannerOptions): Promise<() => Promise<void>> {
  let hid: HidModule;
  try {
    hid = await (options.loadHid ?? loadNodeHid)();
  } catch (error) {
    console.warn(`kiosk: no HID-POS scanner support (node-hid could not be loaded: ${error instanceof Error ? error.message : String(error)}); keyboard-wedge scanners still work`);
    return async () => undefined;
  }
  const retryMs = options.retryMs ?? 10_000;
  const assemble = createScanAssembler(options.onScan);
  let stopped = false;
  let device: HidDevice | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;

  const retryLater = () => {
    if (stopped) return;
    timer = setTimeout(() => void attach(), retryMs);
    timer.unref?.();
  };

  const attach = async () => {
    try {
      const found = (await hid.devicesAsync()).find(
        (candidate) => candidate.usagePage === barcodeScannerUsagePage && candidate.usage === barcodeScannerUsage && candidate.path,
      );
      if (!found?.path) {
        if (!warned) console.warn('kiosk: no HID-POS barcode scanner attached; looking again every few seconds');
        warned = true;
        return retryLater();
      }
      device = await hid.HIDAsync.open(found.path);
      warned = false;
      console.warn(`kiosk: reading the HID-POS scanner ${found.product ?? found.path}`);
      // Honeywell scanners start sending scanned-data reports only when asked (feature report 0xFE).
      await device.sendFeatureReport([0xfe, 0x01]).catch(() => undefined);
      device.on('data', (report) => {
        const chunk = parseHidPosReport(report);
        if (chunk) assemble(chunk);
      });
      device.on('error', (error) => {
        console.warn('kiosk: the HID-POS scanner went away', error);
        const gone = device;
        device = undefined;
        void gone?.close().catch(() => undefined);
        retryLater();
      });
    } catch (error) {
      console.warn('kiosk: could not open the HID-POS scanner (is there a udev rule for hidraw?)', error);
      device = undefined;
      retryLater();
    }
  };

  await attach();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await device?.close().catch(() => undefined);
  };
}
