import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeReceipt } from '@dintur/printer';
import { operations, type CentreConfig, type CentreConfigInput, type Receipt, type ServerEventPayload, type Ticket } from '@dintur/shared';
import { decodeEscPos } from '../support/escpos-decoder.js';
import { startFakePrinter, type FakePrinter } from '../support/fake-printer.js';
import type { TestServer } from '../support/test-server.js';
import { expectError, expectSuccess, issuePaths, issueTicket, serverPerTest } from './helpers.js';
import { eventData, openEventStream, type EventStreamClient } from './sse-client.js';

const streams: EventStreamClient[] = [];
const printers: FakePrinter[] = [];
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close();
  for (const printer of printers.splice(0)) await printer.close();
});

/** An event stream past its snapshot. */
async function listen(s: TestServer): Promise<EventStreamClient> {
  const stream = await openEventStream(s.url);
  streams.push(stream);
  eventData(await stream.next(), 'snapshot');
  return stream;
}

/** The next device.changed event (of one device, when named), skipping the others. */
async function nextDeviceChange(stream: EventStreamClient, deviceId?: string): Promise<ServerEventPayload<'device.changed'>> {
  for (;;) {
    const frame = await stream.next(5_000);
    if (frame.event !== 'device.changed') continue;
    const change = eventData(frame, 'device.changed');
    if (deviceId === undefined || change.device.id === deviceId) return change;
  }
}

const heartbeat = (s: TestServer, deviceId: string, body: unknown) => s.request('POST', `/api/devices/${deviceId}/heartbeat`, { body });

async function devices(s: TestServer) {
  const manager = await s.createStaff(`manager-${Math.random().toString(36).slice(2, 8)}`, 'manager', 'borgerservice');
  return expectSuccess(await s.request('GET', '/api/devices', { token: manager.token }), operations.listDevices);
}

const printerStatus = (state: string) => ({ state, canPrint: state === 'ok', checkedAt: '2026-11-24T10:00:00.000Z' });

describe('device heartbeats and the device list', () => {
  const server = serverPerTest();

  it('lists the configured kiosks and display, silent when not heard from three minutes after the server started', async () => {
    const s = server();
    const fresh = await devices(s);
    expect(fresh.map((device) => [device.id, device.kind, device.registered, device.silent, device.lastSeenAt])).toEqual([
      ['reception-1', 'kiosk', true, false, null],
      ['reception-2', 'kiosk', true, false, null],
      ['waiting-room', 'display', true, false, null],
    ]);
    s.clock.advanceMinutes(3);
    const list = await devices(s);
    expect(list.map((device) => [device.id, device.kind, device.registered, device.silent, device.lastSeenAt])).toEqual([
      ['reception-1', 'kiosk', true, true, null],
      ['reception-2', 'kiosk', true, true, null],
      ['waiting-room', 'display', true, true, null],
    ]);
    expect(await heartbeat(s, 'waiting-room', { kind: 'display' })).toMatchObject({ status: 204, body: undefined });
    expect((await devices(s)).find((device) => device.id === 'waiting-room')).toMatchObject({
      silent: false,
      lastSeenAt: '2026-11-24T10:03:00.000Z',
    });
  });

  it('is for unit leaders: 401 without sign-in, 403 for counter staff and agents', async () => {
    const s = server();
    expectError(await s.request('GET', '/api/devices'), 401, 'unauthenticated');
    const clerk = await s.createStaff('clerk', 'staff', 'borgerservice');
    expectError(await s.request('GET', '/api/devices', { token: clerk.token }), 403, 'forbidden');
    const agent = await s.createStaff('agent', 'agent', null);
    expectError(await s.request('GET', '/api/devices', { token: agent.token }), 403, 'forbidden');
    expectSuccess(await s.request('GET', '/api/devices', { token: s.adminToken }), operations.listDevices);
  });

  it('refuses a malformed heartbeat (400), naming each bad field, and records nothing', async () => {
    const s = server();
    expect(issuePaths(expectError(await heartbeat(s, 'waiting-room', {}), 400, 'validation-failed'))).toEqual(['body.kind']);
    expect(issuePaths(expectError(await heartbeat(s, 'waiting-room', { kind: 'toaster' }), 400, 'validation-failed'))).toEqual(['body.kind']);
    const badPrinter = expectError(await heartbeat(s, 'reception-1', { kind: 'kiosk', printer: { state: 'on-fire', canPrint: 'yes' } }), 400, 'validation-failed');
    expect(issuePaths(badPrinter)).toEqual(expect.arrayContaining(['body.printer.state', 'body.printer.canPrint', 'body.printer.checkedAt']));
    expect(issuePaths(expectError(await heartbeat(s, 'Not_An_Id', { kind: 'kiosk' }), 400, 'validation-failed'))).toEqual(['params.deviceId']);
    const wrongKind = expectError(await heartbeat(s, 'reception-1', { kind: 'display' }), 400, 'validation-failed');
    expect(wrongKind.message).toContain('configured as a kiosk');
    expect((await devices(s)).every((device) => device.lastSeenAt === null)).toBe(true);
  });

  it('accepts a device the configuration does not list, marked unregistered', async () => {
    const s = server();
    expect((await heartbeat(s, 'corridor-display', { kind: 'display' })).status).toBe(204);
    expect((await devices(s)).at(-1)).toMatchObject({ id: 'corridor-display', kind: 'display', registered: false, silent: false });
  });

  it('reports a device gone silent after three minutes, on the list and the event stream, and back again', async () => {
    const s = server();
    await heartbeat(s, 'waiting-room', { kind: 'display' });
    const stream = await listen(s);
    s.clock.advanceMinutes(2);
    expect((await devices(s)).find((device) => device.id === 'waiting-room')?.silent).toBe(false);
    s.clock.advanceMinutes(1);
    // The server checks every minute on a timer; the list checks too, so the test need not wait.
    expect((await devices(s)).find((device) => device.id === 'waiting-room')?.silent).toBe(true);
    expect(await nextDeviceChange(stream, 'waiting-room')).toMatchObject({ changes: ['silent'], device: { id: 'waiting-room', silent: true } });
    await heartbeat(s, 'waiting-room', { kind: 'display' });
    expect(await nextDeviceChange(stream)).toMatchObject({ changes: ['online'], device: { id: 'waiting-room', silent: false } });
  });

  it("publishes a kiosk printer's change of state, such as running out of paper", async () => {
    const s = server();
    await heartbeat(s, 'reception-1', { kind: 'kiosk', printer: printerStatus('ok') });
    const stream = await listen(s);
    await heartbeat(s, 'reception-1', { kind: 'kiosk', printer: printerStatus('ok') });
    await heartbeat(s, 'reception-1', { kind: 'kiosk', printer: printerStatus('paper-end') });
    const change = await nextDeviceChange(stream);
    expect(change).toMatchObject({ changes: ['printer'], device: { id: 'reception-1', printer: { state: 'paper-end', canPrint: false } } });
    expect((await devices(s))[0]!.printer?.state).toBe('paper-end');
  });
});

describe('printing a browser kiosk’s receipt on its network printer', () => {
  const server = serverPerTest();

  /** Gives reception-2 the fake printer in the configuration (the admin's PUT /api/config). */
  async function withPrinter(s: TestServer, state: Parameters<FakePrinter['setState']>[0] = 'ok') {
    const printer = await startFakePrinter({ state });
    printers.push(printer);
    const config: CentreConfigInput = expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
    config.kiosks = (config.kiosks ?? []).map((kiosk) => (kiosk.id === 'reception-2' ? { ...kiosk, printer: { connection: printer.connection, columns: 42 } } : kiosk));
    const saved: CentreConfig = expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);
    expect(saved.kiosks.find((kiosk) => kiosk.id === 'reception-2')?.printer).toEqual({ connection: printer.connection, columns: 42 });
    return printer;
  }

  const receiptOf = (s: TestServer, ticket: Ticket): Receipt => ({
    lang: 'da',
    centreName: 'Borgercenter Valby',
    unitName: 'Borgerservice',
    number: ticket.number,
    serviceName: 'Pas',
    issuedAt: '24.11.2026 11:00',
    lines: ['0 foran dig', 'Forventet ventetid: ca. 12 min'],
    trackingUrl: `${s.url}${ticket.trackingUrl}`,
    trackingHint: 'Følg din tur på mobilen',
    selfServiceHint: null,
    appointmentLine: null,
  });

  const print = (s: TestServer, kioskId: string, body: unknown) => s.request('POST', `/api/kiosks/${kioskId}/print`, { body });

  it('prints the receipt: the printer gets exactly its ESC/POS bytes', async () => {
    const s = server();
    const printer = await withPrinter(s);
    const ticket = await issueTicket(s, 'passport');
    const receipt = receiptOf(s, ticket);
    const job = printer.waitForJob();
    expect(expectSuccess(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt }), operations.printReceipt)).toEqual({ printed: true });
    const bytes = await job;
    expect(Buffer.from(bytes).equals(Buffer.from(encodeReceipt(receipt, { columns: 42 })))).toBe(true);
    const paper = decodeEscPos(bytes);
    expect(paper.texts).toContain('A1');
    expect(paper.texts).toContain('Følg din tur på mobilen');
    expect(paper.qrCodes.map((qr) => qr.data)).toEqual([`${s.url}/t/${ticket.trackingCode}`]);
    expect(paper.items.at(-1)?.kind).toBe('cut');
  });

  it('answers printed:false when the printer is out of paper (not an error), and tells the manager view', async () => {
    const s = server();
    const stream = await listen(s);
    const printer = await withPrinter(s);
    // The server checks a newly configured printer at once.
    expect(await nextDeviceChange(stream)).toMatchObject({ changes: ['printer'], device: { id: 'reception-2', printer: { state: 'ok' } } });
    printer.setState('paper-end');
    const ticket = await issueTicket(s, 'passport');
    const result = expectSuccess(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt: receiptOf(s, ticket) }), operations.printReceipt);
    expect(result).toMatchObject({ printed: false, status: { state: 'paper-end', canPrint: false }, reason: 'The printer is out of paper.' });
    expect(printer.received()).toHaveLength(0);
    expect(await nextDeviceChange(stream)).toMatchObject({ changes: ['printer'], device: { id: 'reception-2', printer: { state: 'paper-end' } } });
    expect((await devices(s)).find((device) => device.id === 'reception-2')?.printer?.state).toBe('paper-end');
    // The ticket stands: it waits in its queue whether or not the receipt came out.
    expect(expectSuccess(await s.request('GET', `/api/track/${ticket.trackingCode}`), operations.track).status).toBe('waiting');
  });

  it('answers printed:false with "unreachable" when the printer is switched off', async () => {
    const s = server();
    const stream = await listen(s);
    const printer = await withPrinter(s);
    expect((await nextDeviceChange(stream)).device.printer?.state).toBe('ok');
    await printer.makeUnreachable();
    const ticket = await issueTicket(s, 'passport');
    const result = expectSuccess(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt: receiptOf(s, ticket) }), operations.printReceipt);
    expect(result).toMatchObject({ printed: false, status: { state: 'unreachable', canPrint: false } });
    // Why, with the printer's address, is for signed-in leaders; the public stream says only that.
    const change = await nextDeviceChange(stream);
    expect(change.device.printer).toEqual({ state: 'unreachable', canPrint: false, checkedAt: '2026-11-24T10:00:00.000Z' });
    expect((await devices(s)).find((device) => device.id === 'reception-2')?.printer?.detail).toMatch(/ECONNREFUSED/);
  });

  it('notices a printer configured with its cover open without any ticket being printed', async () => {
    const s = server();
    const stream = await listen(s);
    await withPrinter(s, 'cover-open');
    expect(await nextDeviceChange(stream)).toMatchObject({ device: { id: 'reception-2', printer: { state: 'cover-open', canPrint: false } } });
  });

  it('prints nothing that is not a fresh ticket’s own receipt', async () => {
    const s = server();
    const printer = await withPrinter(s);
    const ticket = await issueTicket(s, 'passport');
    const receipt = receiptOf(s, ticket);
    const wrongNumber = expectError(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt: { ...receipt, number: 'A99' } }), 400, 'validation-failed');
    expect(issuePaths(wrongNumber)).toEqual(['body.receipt.number']);
    const elsewhere = { ...receipt, trackingUrl: 'https://phishing.example/login' };
    expect(issuePaths(expectError(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt: elsewhere }), 400, 'validation-failed'))).toEqual([
      'body.receipt.trackingUrl',
    ]);
    const essay = { ...receipt, lines: Array.from({ length: 50 }, () => 'x'.repeat(500)) };
    expectError(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt: essay }), 400, 'validation-failed');
    expectError(await print(s, 'reception-2', { trackingCode: 'NOSUCHTICKET', receipt }), 404, 'not-found');
    expectError(await print(s, 'reception-1', { trackingCode: ticket.trackingCode, receipt }), 409, 'no-printer');
    expectError(await print(s, 'lobby', { trackingCode: ticket.trackingCode, receipt }), 404, 'not-found');
    expectError(await print(s, 'reception-2', { receipt }), 400, 'validation-failed');
    s.clock.advanceMinutes(11);
    const stale = expectError(await print(s, 'reception-2', { trackingCode: ticket.trackingCode, receipt }), 400, 'validation-failed');
    expect(stale.issues?.[0]?.message).toContain('more than 10 minutes ago');
    expect(printer.received()).toHaveLength(0);
  });

  it('prints a ticket’s receipt three times at most (a reprint after a jam, not a paper roll’s worth)', async () => {
    const s = server();
    const printer = await withPrinter(s);
    const ticket = await issueTicket(s, 'passport');
    const body = { trackingCode: ticket.trackingCode, receipt: receiptOf(s, ticket) };
    for (let copy = 0; copy < 3; copy += 1) {
      const job = printer.waitForJob();
      expect(expectSuccess(await print(s, 'reception-2', body), operations.printReceipt)).toEqual({ printed: true });
      await job;
    }
    expectError(await print(s, 'reception-2', body), 409, 'conflict');
  });
  describe('a USB printer’s device path (security review, finding 10)', () => {
    const links: string[] = [];
    afterEach(() => {
      for (const link of links.splice(0)) rmSync(link, { force: true });
    });
    /** A name in /dev/shm (a directory anyone may write to) that nothing else uses. */
    const scratch = (name: string) => {
      const file = `/dev/shm/dintur-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}-${name}`;
      links.push(file);
      return file;
    };
    const keyFile = (s: TestServer) => path.join(s.dataDir, 'cpr-hash.key');

    async function configureUsb(s: TestServer, devices: Record<string, string>) {
      const config: CentreConfigInput = expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
      config.kiosks = (config.kiosks ?? []).map((kiosk) =>
        devices[kiosk.id] ? { ...kiosk, printer: { connection: { type: 'usb' as const, device: devices[kiosk.id]! }, columns: 42 } } : kiosk,
      );
      return s.request('PUT', '/api/config', { token: s.adminToken, body: config });
    }

    it('refuses a path that leaves /dev or is not a character device, naming the field, and writes nothing anywhere', async () => {
      const s = server();
      const key = readFileSync(keyFile(s));
      const regularFile = scratch('regular');
      writeFileSync(regularFile, 'not a printer');
      const intoDataDir = scratch('link');
      symlinkSync(keyFile(s), intoDataDir);
      for (const device of [`/dev/..${keyFile(s)}`, `/dev/usb/../..${keyFile(s)}`, regularFile, intoDataDir]) {
        const error = expectError(await configureUsb(s, { 'reception-2': device }), 400, 'invalid-config');
        expect(issuePaths(error), device).toEqual(['kiosks.1.printer.connection.device']);
        expect(error.issues?.[0]?.message, device).toMatch(/character device/);
      }
      // A real character device is a printer as far as the configuration can tell.
      expectSuccess(await configureUsb(s, { 'reception-1': '/dev/null' }), operations.putConfig);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(readFileSync(keyFile(s)).equals(key)).toBe(true);
      expect(readFileSync(regularFile, 'utf8')).toBe('not a printer');
    });

    it('refuses at use time a device that has since become a link to a file, without saying whether the file exists', async () => {
      const s = server();
      const key = readFileSync(keyFile(s));
      // Not plugged in when configured (a usblp node appears only with its printer): accepted.
      const toKey = scratch('lp-key');
      const toNothing = scratch('lp-nothing');
      expectSuccess(await configureUsb(s, { 'reception-1': toKey, 'reception-2': toNothing }), operations.putConfig);
      symlinkSync(keyFile(s), toKey);
      symlinkSync(path.join(s.dataDir, 'no-such-file'), toNothing);

      const outcomes = [];
      for (const [kioskId, device] of [['reception-1', toKey], ['reception-2', toNothing]] as const) {
        const ticket = await issueTicket(s, 'passport');
        const result = expectSuccess(await print(s, kioskId, { trackingCode: ticket.trackingCode, receipt: receiptOf(s, ticket) }), operations.printReceipt);
        expect(result).toMatchObject({ printed: false, status: { state: 'unreachable', canPrint: false } });
        const detail = (await devices(s)).find((device) => device.id === kioskId)?.printer?.detail ?? '';
        outcomes.push({ result: JSON.stringify(result).replaceAll(device, '<device>'), detail: detail.replaceAll(device, '<device>') });
      }
      expect(outcomes[0]).toEqual(outcomes[1]);
      expect(outcomes[0]!.detail).toMatch(/character device/);
      expect(readFileSync(keyFile(s)).equals(key)).toBe(true);
    });
  });
});
