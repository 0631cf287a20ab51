import { describe, expect, it } from 'vitest';
import type { PrinterState, ServerEventPayload } from '@dintur/shared';
import { demoConfig } from '../seed/demo-config.js';
import { silentAfterMs } from './devices.js';
import { DomainError } from './errors.js';
import { createTestEngine, type TestEngine } from './test-engine.js';

const status = (state: PrinterState, checkedAt = '2026-11-24T10:00:00.000Z') => ({
  state,
  canPrint: state === 'ok' || state === 'paper-near-end',
  checkedAt,
});

/** The device.changed events published while `work` runs. */
function published(test: TestEngine, work: () => void): ServerEventPayload<'device.changed'>[] {
  const events: ServerEventPayload<'device.changed'>[] = [];
  const stop = test.engine.onPublish((event) => {
    if (event.type === 'device.changed') events.push(event.data);
  });
  try {
    work();
  } finally {
    stop();
  }
  return events;
}

describe('the device monitor', () => {
  it('lists every configured kiosk and display; one not heard from is silent once the server has run three minutes', () => {
    const test = createTestEngine();
    const { engine } = test;
    // After a (re)start the devices get their three minutes to report before anyone is alerted.
    expect(engine.devices.list().map((device) => [device.id, device.silent])).toEqual([
      ['reception-1', false],
      ['reception-2', false],
      ['waiting-room', false],
    ]);
    test.clock.advance(silentAfterMs);
    const events = published(test, () => {
      expect(engine.devices.list()).toEqual([
        { id: 'reception-1', kind: 'kiosk', name: 'Reception, left kiosk', registered: true, lastSeenAt: null, silent: true, printer: null },
        { id: 'reception-2', kind: 'kiosk', name: 'Reception, right kiosk', registered: true, lastSeenAt: null, silent: true, printer: null },
        { id: 'waiting-room', kind: 'display', name: 'Waiting room display', registered: true, lastSeenAt: null, silent: true, printer: null },
      ]);
    });
    // Told once each, so the leaders' overview learns of it without asking.
    expect(events.map((event) => [event.device.id, event.changes])).toEqual([
      ['reception-1', ['silent']],
      ['reception-2', ['silent']],
      ['waiting-room', ['silent']],
    ]);
    expect(published(test, () => engine.devices.list())).toEqual([]);
  });

  it('tells once that a device is online, and not again for every heartbeat', () => {
    const test = createTestEngine();
    const events = published(test, () => {
      test.engine.devices.heartbeat('waiting-room', { kind: 'display' });
      test.clock.advance(60_000);
      test.engine.devices.heartbeat('waiting-room', { kind: 'display' });
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ changes: ['online'], device: { id: 'waiting-room', silent: false, lastSeenAt: '2026-11-24T10:00:00.000Z' } });
    expect(test.engine.devices.list().find((device) => device.id === 'waiting-room')).toMatchObject({
      silent: false,
      lastSeenAt: '2026-11-24T10:01:00.000Z',
    });
  });

  it('marks a device silent after three minutes without a heartbeat, and back when it returns', () => {
    const test = createTestEngine();
    test.engine.devices.heartbeat('reception-1', { kind: 'kiosk' });
    const silence = published(test, () => {
      test.clock.advance(3 * 60_000 - 1);
      test.engine.devices.checkSilence();
      test.clock.advance(1);
      test.engine.devices.checkSilence();
      test.engine.devices.checkSilence();
    });
    // The other devices, never heard from, go silent at the same moment (three minutes after start).
    expect(silence.filter((event) => event.device.id === 'reception-1').map((event) => [event.changes, event.device.silent])).toEqual([[['silent'], true]]);
    const back = published(test, () => test.engine.devices.heartbeat('reception-1', { kind: 'kiosk' }));
    expect(back.map((event) => [event.changes, event.device.silent])).toEqual([[['online'], false]]);
    // The event log keeps both, for the statistics of downtime.
    const logged = test.engine
      .exportEvents('2026-11-24', '2026-11-24')
      .filter((event) => event.type === 'device.changed' && event.details.deviceId === 'reception-1');
    expect(logged.map((event) => event.details)).toEqual([
      { deviceId: 'reception-1', kind: 'kiosk', changes: ['online'], silent: false, printerState: null },
      { deviceId: 'reception-1', kind: 'kiosk', changes: ['silent'], silent: true, printerState: null },
      { deviceId: 'reception-1', kind: 'kiosk', changes: ['online'], silent: false, printerState: null },
    ]);
  });

  it("tells when a kiosk's printer changes state, not when it stays the same", () => {
    const test = createTestEngine();
    const events = published(test, () => {
      test.engine.devices.heartbeat('reception-1', { kind: 'kiosk', printer: status('ok') });
      test.engine.devices.heartbeat('reception-1', { kind: 'kiosk', printer: status('ok') });
      test.engine.devices.heartbeat('reception-1', { kind: 'kiosk', printer: status('paper-end') });
      // A heartbeat without a printer keeps the last known one.
      test.engine.devices.heartbeat('reception-1', { kind: 'kiosk' });
    });
    expect(events.map((event) => [event.changes, event.device.printer?.state])).toEqual([
      [['online', 'printer'], 'ok'],
      [['printer'], 'paper-end'],
    ]);
    expect(test.engine.devices.list()[0]!.printer).toEqual(status('paper-end'));
  });

  it("takes the server's own printer readings for a kiosk", () => {
    const test = createTestEngine();
    const events = published(test, () => {
      test.engine.devices.reportPrinter('reception-2', status('cover-open'));
      test.engine.devices.reportPrinter('reception-2', status('cover-open'));
      test.engine.devices.reportPrinter('waiting-room', status('ok'));
    });
    expect(events.map((event) => [event.device.id, event.changes, event.device.printer?.state])).toEqual([['reception-2', ['printer'], 'cover-open']]);
  });

  it('lists a device the configuration does not name as unregistered, without events', () => {
    const test = createTestEngine();
    const events = published(test, () => test.engine.devices.heartbeat('corridor-2', { kind: 'display', printer: status('ok') }));
    expect(events).toEqual([]);
    expect(test.engine.devices.list().at(-1)).toMatchObject({ id: 'corridor-2', name: 'corridor-2', registered: false, silent: false });
  });

  it('remembers at most 50 unregistered devices, forgetting the longest unheard', () => {
    const test = createTestEngine();
    for (let index = 0; index < 51; index += 1) {
      test.engine.devices.heartbeat(`stray-${String(index).padStart(2, '0')}`, { kind: 'display' });
      test.clock.advance(1_000);
    }
    const unregistered = test.engine.devices.list().filter((device) => !device.registered);
    expect(unregistered).toHaveLength(50);
    expect(unregistered[0]!.id).toBe('stray-01');
  });

  it('refuses a heartbeat of the wrong kind for a configured id', () => {
    const { engine } = createTestEngine();
    expect(() => engine.devices.heartbeat('reception-1', { kind: 'display' })).toThrow(DomainError);
    expect(engine.devices.list()[0]!.lastSeenAt).toBeNull();
  });
});

describe('the receipt print rule', () => {
  const config = {
    ...demoConfig,
    kiosks: [
      { id: 'reception-1', name: 'Left', printer: null },
      { id: 'reception-2', name: 'Right', printer: { connection: { type: 'tcp', host: '10.0.0.9', port: 9100 } } },
    ],
  };
  const request = (ticket: { number: string; trackingCode: string }, changes: Record<string, unknown> = {}) => ({
    trackingCode: ticket.trackingCode,
    receipt: {
      lang: 'da',
      centreName: 'Borgercenter Valby',
      unitName: 'Borgerservice',
      number: ticket.number,
      serviceName: 'Pas',
      issuedAt: '24.11.2026 11:00',
      lines: [],
      trackingUrl: `http://server:8080/t/${ticket.trackingCode}`,
      trackingHint: 'Følg din tur',
      selfServiceHint: null,
      appointmentLine: null,
      ...changes,
    },
  });
  const refusal = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      if (error instanceof DomainError) return { status: error.status, code: error.code, paths: (error.issues ?? []).map((issue) => issue.path) };
      throw error;
    }
    throw new Error('not refused');
  };

  it("gives the kiosk's printer for a fresh ticket's own receipt", () => {
    const { engine } = createTestEngine({ config });
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    expect(engine.receiptPrints.check('reception-2', request(ticket))).toEqual({
      printer: { connection: { type: 'tcp', host: '10.0.0.9', port: 9100 }, columns: 42 },
      ticketId: ticket.id,
    });
  });

  it('refuses an unknown kiosk (404), a kiosk without a printer (409 no-printer) and an unknown ticket (404)', () => {
    const { engine } = createTestEngine({ config });
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    expect(refusal(() => engine.receiptPrints.check('lobby', request(ticket)))).toMatchObject({ status: 404, code: 'not-found' });
    expect(refusal(() => engine.receiptPrints.check('reception-1', request(ticket)))).toMatchObject({ status: 409, code: 'no-printer' });
    expect(refusal(() => engine.receiptPrints.check('reception-2', request({ ...ticket, trackingCode: 'NOSUCHCODE' })))).toMatchObject({
      status: 404,
    });
  });

  it('refuses text that is not this ticket’s receipt, naming every problem (400)', () => {
    const { engine, clock } = createTestEngine({ config });
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    clock.advance(10 * 60_000 + 1);
    expect(refusal(() => engine.receiptPrints.check('reception-2', request(ticket, { number: 'A999', trackingUrl: 'https://elsewhere.example/win' })))).toEqual({
      status: 400,
      code: 'validation-failed',
      paths: ['receipt.number', 'receipt.trackingUrl', 'trackingCode'],
    });
    const fresh = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    for (const trackingUrl of [`/t/${fresh.trackingCode}`, `ftp://server/t/${fresh.trackingCode}`, `http://server/x${fresh.trackingCode}`]) {
      expect(refusal(() => engine.receiptPrints.check('reception-2', request(fresh, { trackingUrl }))).paths).toEqual(['receipt.trackingUrl']);
    }
  });

  it('prints a ticket’s receipt three times at most, and none for a cancelled ticket', () => {
    const { engine } = createTestEngine({ config });
    const ticket = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    for (let copy = 0; copy < 3; copy += 1) engine.receiptPrints.printed(engine.receiptPrints.check('reception-2', request(ticket)).ticketId);
    expect(refusal(() => engine.receiptPrints.check('reception-2', request(ticket)))).toMatchObject({ status: 409, code: 'conflict' });
    const cancelled = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    engine.cancelByCitizen(cancelled.trackingCode);
    expect(refusal(() => engine.receiptPrints.check('reception-2', request(cancelled)))).toMatchObject({ status: 409, code: 'invalid-state' });
  });
});
