import { describe, expect, it, vi } from 'vitest';
import { kioskChannels, type KioskConfig, type PrinterStatus, type Receipt } from '@dintur/shared';
import { asWebContents, FakeWebContents, ipcEventFrom } from '@dintur/electron-shell/testing';
import { answerKioskRequests, sendScan } from './ipc.js';
import type { ShellPrinter } from './printing.js';

// Electron's binary cannot run here: ipcMain is a fake that keeps the registered handlers.
const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

const page = 'file:///opt/dintur-kiosk/dist/renderer/index.html';
const config: KioskConfig = { serverUrl: 'http://server:8080', kioskId: 'reception-1', printer: null };
const status: PrinterStatus = { state: 'paper-end', canPrint: false, checkedAt: '2026-11-24T10:00:00.000Z' };
const receipt: Receipt = {
  lang: 'da',
  centreName: 'Borgercenter Valby',
  unitName: 'Borgerservice',
  number: 'A1',
  serviceName: 'Pas',
  issuedAt: '24.11.2026 11:00',
  lines: ['Du er den næste'],
  trackingUrl: 'http://server:8080/t/abcdefghjkmn',
  trackingHint: 'Følg din tur på mobilen',
  selfServiceHint: null,
  appointmentLine: null,
};

function setUp() {
  const printer: ShellPrinter = {
    print: vi.fn(async () => ({ printed: false as const, status, reason: 'out of paper' })),
    status: vi.fn(async () => status),
    stop: vi.fn(async () => undefined),
  };
  answerKioskRequests(config, printer, page);
  const handler = (channel: string) => {
    const registered = electron.ipcMain.handlers.get(channel);
    if (!registered) throw new Error(`nothing handles ${channel}`);
    return registered;
  };
  return { printer, handler };
}

describe('answerKioskRequests', () => {
  it('answers the kiosk page with its config, a print and the printer status', async () => {
    const { printer, handler } = setUp();
    expect(handler(kioskChannels.getConfig)(ipcEventFrom(page))).toEqual(config);
    await expect(handler(kioskChannels.print)(ipcEventFrom(page), receipt)).resolves.toEqual({ printed: false, status, reason: 'out of paper' });
    expect(printer.print).toHaveBeenCalledWith(receipt);
    await expect(handler(kioskChannels.printerStatus)(ipcEventFrom(`${page}?lang=ar`))).resolves.toEqual(status);
  });

  it('refuses every request from another page, or a frame that is gone', async () => {
    const { printer, handler } = setUp();
    for (const channel of [kioskChannels.getConfig, kioskChannels.printerStatus]) {
      expect(() => handler(channel)(ipcEventFrom('https://evil.example/'))).toThrow(/refused/);
      expect(() => handler(channel)(ipcEventFrom(null))).toThrow(/refused/);
    }
    await expect(handler(kioskChannels.print)(ipcEventFrom('https://evil.example/'), receipt)).rejects.toThrow(/refused/);
    expect(printer.print).not.toHaveBeenCalled();
  });

  it('refuses to print something that is not a receipt, naming what is wrong', async () => {
    const { printer, handler } = setUp();
    await expect(handler(kioskChannels.print)(ipcEventFrom(page), { ...receipt, trackingUrl: 'http://server/t/æøå', lines: 'x' })).rejects.toThrow(
      /not a receipt \(lines, trackingUrl\)/,
    );
    expect(printer.print).not.toHaveBeenCalled();
  });
});

describe('sendScan', () => {
  it('sends a scan to the page on kiosk:scan, unless the page is gone', () => {
    const contents = new FakeWebContents();
    sendScan(asWebContents(contents), '0102030405');
    expect(contents.send).toHaveBeenCalledWith(kioskChannels.scan, '0102030405');
    contents.destroyed = true;
    sendScan(asWebContents(contents), '99');
    expect(contents.send).toHaveBeenCalledTimes(1);
  });
});
