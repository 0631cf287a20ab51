import { describe, expect, it } from 'vitest';
import type { DeviceState, PendingTransfer, StaffTicket } from '@dintur/shared';
import { staffTicket } from '@dintur/shared/test-tickets';
import { defaultAlertSettings, parseAlertSettings, parseMinutes } from './alert-settings.js';
import { alertChanges, deriveAlerts, type AlertInput } from './alerts.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
const now = Date.UTC(2026, 10, 24, 11, 0);
const names: Record<string, string> = { passport: 'Pas', pension: 'Pension', information: 'Generel information', 'housing-benefit': 'Boligstøtte' };

/** A ticket for `serviceId`, issued and queued `minute` minutes past ten. */
function ticket(id: number, serviceId: string, minute: number, changes: Partial<StaffTicket> = {}): StaffTicket {
  return staffTicket(id, { number: `X${id}`, serviceId, originalServiceId: serviceId, issuedAt: at(minute), queuedAt: at(minute), ...changes });
}

function device(id: string, changes: Partial<DeviceState> = {}): DeviceState {
  return { id, kind: 'kiosk', name: id, registered: true, lastSeenAt: at(59), silent: false, printer: null, ...changes };
}

/** Unless a test says otherwise, one counter open for every service, so only its own alert shows. */
const everyServiceOpen: AlertInput['counters'] = [{ name: 'Skranke 0', status: 'open', staffId: null, services: Object.keys(names) }];

function input(changes: Partial<AlertInput>): AlertInput {
  return {
    now,
    tickets: [],
    transfers: [],
    counters: everyServiceOpen,
    colleagues: [],
    devices: [],
    serviceName: (id) => names[id] ?? id,
    settings: defaultAlertSettings,
    ...changes,
  };
}

describe('the overview’s alerts', () => {
  it('warns once per service when tickets have waited longer than the threshold, naming the longest', () => {
    const alerts = deriveAlerts(
      input({ tickets: [ticket(1, 'passport', 0), ticket(2, 'passport', 20), ticket(3, 'passport', 45), ticket(4, 'pension', 29), ticket(5, 'pension', 31)] }),
    );
    expect(alerts).toEqual([
      { id: 'long-wait:passport', kind: 'long-wait', severity: 'warning', text: 'Pas: 2 borgere har ventet for længe, længst X1 (1 t 0 min).' },
      { id: 'long-wait:pension', kind: 'long-wait', severity: 'warning', text: 'Pension: X4 har ventet 31 min.' },
    ]);
  });

  it('does not count a ticket at a counter, and waits from the booked time of an early appointment', () => {
    const alerts = deriveAlerts(
      input({
        tickets: [ticket(1, 'passport', 0, { status: 'serving', counterId: 'bs-1' }), ticket(2, 'passport', 0, { appointmentAt: at(40) })],
      }),
    );
    expect(alerts).toEqual([]);
  });

  it('follows the threshold set on this PC: at 0 every waiting ticket alerts', () => {
    const alerts = deriveAlerts(input({ tickets: [ticket(1, 'passport', 59)], settings: { ...defaultAlertSettings, longWaitMinutes: 0 } }));
    expect(alerts.map((alert) => alert.id)).toEqual(['long-wait:passport']);
  });

  it('warns of a transferred ticket not called within its threshold, and not of one since called', () => {
    const transfer = (ticketId: number, minute: number): PendingTransfer => ({
      ticketId,
      number: `X${ticketId}`,
      serviceId: 'housing-benefit',
      fromServiceId: 'information',
      transferredAt: at(minute),
      staffId: 1,
      targetCounterId: null,
      targetStaffId: null,
    });
    const alerts = deriveAlerts(
      input({
        tickets: [ticket(1, 'housing-benefit', 40), ticket(2, 'housing-benefit', 40), ticket(3, 'housing-benefit', 40, { status: 'called', counterId: 'po-7' })],
        transfers: [transfer(1, 45), transfer(2, 55), transfer(3, 40)],
      }),
    );
    expect(alerts).toEqual([
      { id: 'transfer:1', kind: 'transfer-waiting', severity: 'warning', text: 'X1 overført fra Generel information til Boligstøtte er ikke kaldt efter 15 min.' },
    ]);
  });

  it('puts a printer out of paper and a silent kiosk or display first, and warns of paper running low', () => {
    const checked = { canPrint: false, checkedAt: at(59) };
    const alerts = deriveAlerts(
      input({
        tickets: [ticket(1, 'passport', 0)],
        devices: [
          device('kiosk-1', { name: 'Kiosk ved indgangen', printer: { state: 'paper-end', ...checked } }),
          device('kiosk-2', { name: 'Kiosk 2', printer: { state: 'paper-near-end', canPrint: true, checkedAt: at(59) } }),
          device('kiosk-3', { name: 'Kiosk 3', printer: { state: 'ok', canPrint: true, checkedAt: at(59) } }),
          device('display-1', { kind: 'display', name: 'Venteværelset', silent: true }),
          device('kiosk-4', { name: 'Kiosk 4', silent: true, printer: { state: 'paper-end', ...checked } }),
        ],
      }),
    );
    expect(alerts.map((alert) => [alert.id, alert.severity, alert.text])).toEqual([
      ['printer:kiosk-1:paper-end', 'critical', 'Kiosk ved indgangen: printeren er løbet tør for papir.'],
      ['silent:display-1', 'critical', 'Skærmen Venteværelset har ikke meldt sig.'],
      ['silent:kiosk-4', 'critical', 'Kiosken Kiosk 4 har ikke meldt sig.'],
      ['long-wait:passport', 'warning', 'Pas: X1 har ventet 1 t 0 min.'],
      ['printer:kiosk-2:paper-near-end', 'warning', 'Kiosk 2: papiret er snart opbrugt.'],
    ]);
  });

  it('alerts, critically, when people wait and no open counter calls their service for someone who may serve it', () => {
    const colleagues = [
      { id: 1, displayName: 'Bente', serviceIds: ['information', 'passport', 'housing-benefit'] },
      { id: 2, displayName: 'Poul', serviceIds: ['pension', 'housing-benefit', 'information'] },
    ];
    const counters: AlertInput['counters'] = [
      // A Borgerservice counter that calls Pension, with Borgerservice's Bente at it: she is never given Pension.
      { name: 'Skranke 6', status: 'open', staffId: 1, services: ['information', 'housing-benefit', 'pension'] },
      { name: 'Skranke 7', status: 'closed', staffId: null, services: ['pension', 'housing-benefit'] },
      { name: 'Skranke 1', status: 'open', staffId: 1, services: ['passport'] },
    ];
    const tickets = [ticket(1, 'pension', 55), ticket(2, 'pension', 58), ticket(3, 'passport', 58), ticket(4, 'housing-benefit', 58), ticket(5, 'information', 59, { status: 'serving', counterId: 'bs-6' })];
    expect(deriveAlerts(input({ tickets, counters, colleagues }))).toEqual([
      {
        id: 'no-open-counter:pension',
        kind: 'no-open-counter',
        severity: 'critical',
        text: 'Pension: 2 venter, men ingen åben skranke kan kalde dem. Bente ved Skranke 6 må ikke betjene Pension.',
      },
    ]);

    // Poul at Skranke 7, paused: a warning that says so. Working again: no alert.
    const paused = counters.map((counter) => (counter.name === 'Skranke 7' ? { ...counter, status: 'paused' as const, staffId: 2 } : counter));
    expect(deriveAlerts(input({ tickets, counters: paused, colleagues })).map((alert) => [alert.severity, alert.text])).toEqual([
      ['warning', 'Pension: 2 venter, men ingen åben skranke kan kalde dem. Skranke 7 holder pause. Bente ved Skranke 6 må ikke betjene Pension.'],
    ]);
    const open = counters.map((counter) => (counter.name === 'Skranke 7' ? { ...counter, status: 'open' as const, staffId: 2 } : counter));
    expect(deriveAlerts(input({ tickets, counters: open, colleagues }))).toEqual([]);

    // Nobody waiting: nothing to say, whatever is closed.
    expect(deriveAlerts(input({ tickets: [], counters: [], colleagues }))).toEqual([]);
    // Colleagues not known yet: no alarm about who may serve.
    expect(deriveAlerts(input({ tickets, counters, colleagues: [] }))).toEqual([]);
  });

  it('tells which alerts appeared and which went', () => {
    const first = { id: 'a', kind: 'long-wait', severity: 'warning', text: 'a' } as const;
    const second = { id: 'b', kind: 'printer', severity: 'critical', text: 'b' } as const;
    expect(alertChanges([first], [second])).toEqual({ appeared: [second], gone: [first] });
    expect(alertChanges([first], [first])).toEqual({ appeared: [], gone: [] });
  });
});

describe('alert settings kept on the PC', () => {
  it('defaults to 30 minutes for a long wait and 10 for a transfer', () => {
    expect(parseAlertSettings(null)).toEqual({ longWaitMinutes: 30, transferMinutes: 10 });
  });

  it('reads stored values over the defaults and ignores what it cannot read', () => {
    expect(parseAlertSettings('{"longWaitMinutes":15}')).toEqual({ longWaitMinutes: 15, transferMinutes: 10 });
    expect(parseAlertSettings('{"longWaitMinutes":-1}')).toEqual(defaultAlertSettings);
    expect(parseAlertSettings('not json')).toEqual(defaultAlertSettings);
  });

  it('takes whole minutes from 0 to 600 as typed', () => {
    expect(parseMinutes('0')).toBe(0);
    expect(parseMinutes(' 45 ')).toBe(45);
    expect(parseMinutes('600')).toBe(600);
    expect(parseMinutes('601')).toBeNull();
    expect(parseMinutes('2.5')).toBeNull();
    expect(parseMinutes('')).toBeNull();
    expect(parseMinutes('-3')).toBeNull();
  });
});
