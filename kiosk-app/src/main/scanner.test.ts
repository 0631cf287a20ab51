import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanAssembler, parseHidPosReport, startHidPosScanner, type HidDevice, type HidModule } from './scanner.js';

/**
 * HID-POS reports as node-hid hands them over (report id first, 64 bytes). No scanner can be
 * attached on the build machine, so the device is a fake that emits such reports.
 */
function report(data: string, options: { more?: boolean; reportId?: number } = {}): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes[0] = options.reportId ?? 0x02;
  bytes[1] = data.length;
  bytes.set([0x5d, 0x45, 0x30], 2); // "]E0": AIM symbology identifier
  bytes.set(Buffer.from(data, 'latin1'), 5);
  bytes[63] = options.more ? 0x01 : 0x00;
  return bytes;
}

describe('parseHidPosReport', () => {
  it('reads the data of a scanned-data report, without the symbology and the CR suffix', () => {
    expect(parseHidPosReport(report('APPT-7QX2\r'))).toEqual({ data: 'APPT-7QX2', more: false });
  });

  it('says when the scan continues in the next report', () => {
    expect(parseHidPosReport(report('0102', { more: true }))).toEqual({ data: '0102', more: true });
  });

  it('ignores other reports and empty ones', () => {
    expect(parseHidPosReport(report('12345', { reportId: 0x04 }))).toBeNull();
    expect(parseHidPosReport(report(''))).toBeNull();
    expect(parseHidPosReport(new Uint8Array([0x02, 0x05]))).toBeNull();
  });
});

describe('createScanAssembler', () => {
  it('joins the reports of one long code and emits it once', () => {
    const scans: string[] = [];
    const take = createScanAssembler((code) => scans.push(code));
    take({ data: 'ABC', more: true });
    take({ data: 'DEF', more: false });
    take({ data: '123456', more: false });
    expect(scans).toEqual(['ABCDEF', '123456']);
  });
});

/** A scanner the test makes send reports or fail. */
class FakeDevice implements HidDevice {
  private readonly dataListeners: ((data: Uint8Array) => void)[] = [];
  private readonly errorListeners: ((error: unknown) => void)[] = [];
  readonly sendFeatureReport = vi.fn(async (_data: number[] | Uint8Array) => 2);
  readonly close = vi.fn(async () => undefined);

  on(event: 'data', listener: (data: Uint8Array) => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
  on(event: 'data' | 'error', listener: ((data: Uint8Array) => void) | ((error: unknown) => void)): void {
    if (event === 'data') this.dataListeners.push(listener as (data: Uint8Array) => void);
    else this.errorListeners.push(listener as (error: unknown) => void);
  }

  send(report: Uint8Array): void {
    for (const listener of this.dataListeners) listener(report);
  }

  fail(error: unknown): void {
    for (const listener of this.errorListeners) listener(error);
  }
}

const fakeDevice = () => new FakeDevice();

describe('startHidPosScanner', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reads the first barcode scanner (usage page 0x8C) and passes on each scan', async () => {
    const device = fakeDevice();
    const open = vi.fn(async () => device);
    const hid: HidModule = {
      devicesAsync: async () => [
        { path: '/dev/hidraw0', usagePage: 0x01, usage: 0x06, product: 'Keyboard' },
        { path: '/dev/hidraw3', usagePage: 0x8c, usage: 0x02, product: 'Voyager 1450g' },
      ],
      HIDAsync: { open },
    };
    const scans: string[] = [];
    const stop = await startHidPosScanner({ onScan: (code) => scans.push(code), loadHid: async () => hid });
    expect(open).toHaveBeenCalledWith('/dev/hidraw3');
    device.send(report('ABC', { more: true }));
    device.send(report('123\r'));
    expect(scans).toEqual(['ABC123']);
    await stop();
    expect(device.close).toHaveBeenCalled();
  });

  it('works without node-hid: no scanner, a warning, nothing thrown', async () => {
    const stop = await startHidPosScanner({
      onScan: () => undefined,
      loadHid: async () => {
        throw new Error("Cannot find module 'node-hid'");
      },
    });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('node-hid could not be loaded'));
    await expect(stop()).resolves.toBeUndefined();
  });

  it('looks again later when no scanner is attached, and when it is unplugged', async () => {
    const device = fakeDevice();
    let attached: { path: string; usagePage: number; usage: number }[] = [];
    const hid: HidModule = { devicesAsync: async () => attached, HIDAsync: { open: vi.fn(async () => device) } };
    const scans: string[] = [];
    const stop = await startHidPosScanner({ onScan: (code) => scans.push(code), loadHid: async () => hid, retryMs: 10_000 });
    expect(hid.HIDAsync.open).not.toHaveBeenCalled();

    attached = [{ path: '/dev/hidraw3', usagePage: 0x8c, usage: 0x02 }];
    await vi.advanceTimersByTimeAsync(10_000);
    expect(hid.HIDAsync.open).toHaveBeenCalledTimes(1);
    device.send(report('XYZ1'));

    device.fail(new Error('could not read from HID device'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(hid.HIDAsync.open).toHaveBeenCalledTimes(2);
    expect(scans).toEqual(['XYZ1']);
    await stop();
  });
});
