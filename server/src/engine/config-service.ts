import { usbDeviceProblem } from '@dintur/printer';
import { CentreConfig, issuesOf, missingNames, type ErrorIssue, type NameWarning } from '@dintur/shared';
import type { EngineContext } from './context.js';
import { DomainError } from './errors.js';

/** Parses a configuration document, or throws a 400 listing every bad field. */
export function parseConfig(document: unknown): CentreConfig {
  const result = CentreConfig.safeParse(document);
  if (!result.success) {
    const issues = issuesOf(result.error);
    throw new DomainError(400, 'invalid-config', `The configuration has ${issues.length} problem(s).`, undefined, issues);
  }
  return result.data;
}

/**
 * A USB printer's path must lead to a character device under /dev (one not plugged in yet is
 * accepted): the server writes to it (security review: a path out of /dev made it write into its
 * own CPR-hash key). Checked again whenever the printer is opened.
 */
function refuseUnsafeDevices(config: CentreConfig): void {
  const issues: ErrorIssue[] = config.kiosks.flatMap((kiosk, index) => {
    const connection = kiosk.printer?.connection;
    const problem = connection?.type === 'usb' ? usbDeviceProblem(connection.device) : undefined;
    return problem ? [{ path: `kiosks.${index}.printer.connection.device`, message: problem }] : [];
  });
  if (issues.length > 0) throw new DomainError(400, 'invalid-config', `The configuration has ${issues.length} problem(s).`, undefined, issues);
}

/** A configuration with what the admin should still do: names missing in a kiosk language. */
export type ConfigWithWarnings = CentreConfig & { warnings: NameWarning[] };

/**
 * The configuration with its warnings. A name missing in a kiosk language does not stop a save
 * (the kiosk shows English there, as before), but the admin is told which are missing.
 */
export function withWarnings(config: CentreConfig): ConfigWithWarnings {
  return { ...config, warnings: missingNames(config) };
}

/**
 * Replaces the whole configuration. Refused while a service or counter it removes still has
 * tickets in progress, so nothing a citizen holds is orphaned. Answers with the names still
 * missing in a kiosk language.
 */
export function replaceConfig(context: EngineContext, document: unknown, staffId: number | null): ConfigWithWarnings {
  const config = parseConfig(document);
  refuseUnsafeDevices(config);
  return context.transaction(() => {
    const services = new Set(config.services.map((service) => service.id));
    const counters = new Set(config.counters.map((counter) => counter.id));
    const issues: ErrorIssue[] = [];
    for (const ticket of context.tickets.activeOfDay(context.businessDay())) {
      if (!services.has(ticket.serviceId)) {
        issues.push({ path: 'services', message: `service "${ticket.serviceId}" still has ticket ${ticket.number} (${ticket.status})` });
      }
      if (ticket.counterId && !counters.has(ticket.counterId)) {
        issues.push({ path: 'counters', message: `counter "${ticket.counterId}" still holds ticket ${ticket.number}` });
      }
    }
    if (issues.length > 0) {
      throw new DomainError(409, 'conflict', 'The new configuration removes services or counters that tickets still need.', undefined, issues);
    }
    for (const state of context.counterStates().values()) {
      if (!counters.has(state.counterId) && state.status !== 'closed') {
        context.saveCounterState({ ...state, status: 'closed', staffId: null, pauseReason: null, since: context.clock.now() });
      }
    }
    const configVersion = context.centre.saveConfig(config, context.clock.now());
    context.setConfig(config);
    context.record({ type: 'config.changed', staffId, details: { configVersion } }, { type: 'config.changed', data: {} });
    return withWarnings(config);
  });
}
