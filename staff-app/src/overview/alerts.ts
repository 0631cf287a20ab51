import type { Colleague, CounterState, DeviceState, PendingTransfer, PrinterState, StaffTicket } from '@dintur/shared';
import { waitingSince } from '../live/ticket-book.js';
import { strings } from '../strings.js';
import { formatMinutes } from '../ui/format.js';
import type { AlertSettings } from './alert-settings.js';
import { overviewStrings } from './overview-strings.js';

export type AlertKind = 'long-wait' | 'no-open-counter' | 'transfer-waiting' | 'printer' | 'device-silent';
export type AlertSeverity = 'warning' | 'critical';

/** Something a unit leader should act on. `id` stays the same while the cause lasts. */
export type Alert = { id: string; kind: AlertKind; severity: AlertSeverity; text: string };

export type AlertInput = {
  /** The server's now. */
  now: number;
  /** The tickets in play. */
  tickets: Iterable<StaffTicket>;
  transfers: Iterable<PendingTransfer>;
  /** The counters as they are now: who sits where, open or paused, calling what. */
  counters: readonly Pick<CounterState, 'name' | 'status' | 'staffId' | 'services'>[];
  /** The services each person may handle under the unit rule (as the server says). */
  colleagues: readonly Pick<Colleague, 'id' | 'displayName' | 'serviceIds'>[];
  /** Null while device status is unknown or unavailable. */
  devices: readonly DeviceState[] | null;
  serviceName(serviceId: string): string;
  settings: AlertSettings;
};

/** Printer states that stop tickets (critical) or soon will (warning). */
const printerSeverity: Partial<Record<PrinterState, AlertSeverity>> = {
  'paper-end': 'critical',
  'cover-open': 'critical',
  offline: 'critical',
  unreachable: 'critical',
  'paper-near-end': 'warning',
};

const minuteMs = 60_000;

/**
 * The alerts of the overview, most severe first:
 * - a queue in which a ticket has waited longer than the threshold (one alert per service);
 * - people waiting for a service that no open counter calls for someone who may serve it;
 * - a transferred ticket not called within its threshold;
 * - a kiosk printer out of paper or otherwise stopped;
 * - a kiosk or display that has gone silent.
 */
export function deriveAlerts(input: AlertInput): Alert[] {
  const alerts: Alert[] = [];
  const longWaits = new Map<string, { count: number; longest: StaffTicket; waitedMs: number }>();
  const waitingIds = new Set<number>();
  const waitingPerService = new Map<string, number>();
  for (const ticket of input.tickets) {
    if (ticket.status !== 'waiting') continue;
    waitingIds.add(ticket.id);
    waitingPerService.set(ticket.serviceId, (waitingPerService.get(ticket.serviceId) ?? 0) + 1);
    const waitedMs = input.now - waitingSince(ticket);
    if (waitedMs <= input.settings.longWaitMinutes * minuteMs) continue;
    const known = longWaits.get(ticket.serviceId);
    if (!known) longWaits.set(ticket.serviceId, { count: 1, longest: ticket, waitedMs });
    else {
      known.count += 1;
      if (waitedMs > known.waitedMs) Object.assign(known, { longest: ticket, waitedMs });
    }
  }
  for (const [serviceId, { count, longest, waitedMs }] of longWaits) {
    alerts.push({
      id: `long-wait:${serviceId}`,
      kind: 'long-wait',
      severity: 'warning',
      text: strings.alerts.longWait(count, input.serviceName(serviceId), formatMinutes(waitedMs), longest.number),
    });
  }

  alerts.push(...unservedQueues(input, waitingPerService));

  for (const transfer of input.transfers) {
    if (!waitingIds.has(transfer.ticketId)) continue;
    const sinceMs = input.now - Date.parse(transfer.transferredAt);
    if (sinceMs < input.settings.transferMinutes * minuteMs) continue;
    alerts.push({
      id: `transfer:${transfer.ticketId}`,
      kind: 'transfer-waiting',
      severity: 'warning',
      text: strings.alerts.transferWaiting(transfer.number, input.serviceName(transfer.fromServiceId), input.serviceName(transfer.serviceId), formatMinutes(sinceMs)),
    });
  }

  for (const device of input.devices ?? []) {
    const kind = strings.alerts.deviceKinds[device.kind] ?? strings.alerts.deviceFallback;
    if (device.silent) {
      alerts.push({ id: `silent:${device.id}`, kind: 'device-silent', severity: 'critical', text: strings.alerts.silent(device.name, kind) });
      continue; // a silent kiosk's last printer report is stale
    }
    const severity = device.printer ? printerSeverity[device.printer.state] : undefined;
    if (device.printer && severity) {
      alerts.push({
        id: `printer:${device.id}:${device.printer.state}`,
        kind: 'printer',
        severity,
        text: strings.alerts.printer(device.name, strings.alerts.printerStates[device.printer.state]),
      });
    }
  }

  const rank = (alert: Alert) => (alert.severity === 'critical' ? 0 : 1);
  return alerts.sort((first, second) => rank(first) - rank(second));
}

/**
 * People wait and nobody will call them: no open counter calls the service for a person who may
 * serve it under the unit rule (the estimates say "no counter is open" then too). Critical, unless
 * a counter that could take them is only paused. A person the app does not know yet is taken to
 * be able to, so the alert never fires while colleagues are still loading.
 */
function unservedQueues(input: AlertInput, waitingPerService: ReadonlyMap<string, number>): Alert[] {
  const servable = new Map(input.colleagues.map((person) => [person.id, person]));
  const mayServeAt = (counter: AlertInput['counters'][number], serviceId: string) => {
    const person = counter.staffId === null ? undefined : servable.get(counter.staffId);
    return person === undefined || person.serviceIds.includes(serviceId);
  };
  const alerts: Alert[] = [];
  for (const [serviceId, waiting] of waitingPerService) {
    const calling = input.counters.filter((counter) => counter.status !== 'closed' && counter.services.includes(serviceId));
    if (calling.some((counter) => counter.status === 'open' && mayServeAt(counter, serviceId))) continue;
    const paused = calling.filter((counter) => counter.status === 'paused' && mayServeAt(counter, serviceId)).map((counter) => counter.name);
    const barred = calling.filter((counter) => !mayServeAt(counter, serviceId));
    const service = input.serviceName(serviceId);
    const sentences = [
      overviewStrings.noOpenCounter(service, waiting),
      ...(paused.length > 0 ? [overviewStrings.pausedCounters(paused)] : []),
      ...barred.map((counter) => overviewStrings.mayNotServe(counter.name, servable.get(counter.staffId!)!.displayName, service)),
    ];
    alerts.push({ id: `no-open-counter:${serviceId}`, kind: 'no-open-counter', severity: paused.length > 0 ? 'warning' : 'critical', text: sentences.join(' ') });
  }
  return alerts;
}

/** Alerts that appeared and went since the last look, for the screen reader. */
export function alertChanges(before: readonly Alert[], after: readonly Alert[]): { appeared: Alert[]; gone: Alert[] } {
  const beforeIds = new Set(before.map((alert) => alert.id));
  const afterIds = new Set(after.map((alert) => alert.id));
  return {
    appeared: after.filter((alert) => !beforeIds.has(alert.id)),
    gone: before.filter((alert) => !afterIds.has(alert.id)),
  };
}
