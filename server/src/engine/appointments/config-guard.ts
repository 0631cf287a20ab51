import { CentreConfig, type ErrorIssue } from '@dintur/shared';
import { DomainError } from '../errors.js';
import type { AppointmentContext } from './appointment-context.js';
import { sweepNoShows } from './no-show-sweep.js';

/**
 * Refuses a new configuration that removes a service citizens still hold booked appointments
 * for: they could not check in. Their service must stay (its bookings may be switched off with
 * `enabled: false`) until the appointments are kept, moved or cancelled. A document that is not
 * a valid configuration is left for the configuration's own validation to answer.
 */
export function requireBookedServicesKept(context: AppointmentContext, document: unknown): void {
  const parsed = CentreConfig.safeParse(document);
  if (!parsed.success) return;
  sweepNoShows(context);
  const services = new Set(parsed.data.services.map((service) => service.id));
  const issues: ErrorIssue[] = context.appointments
    .bookedServices()
    .filter((booked) => !services.has(booked.serviceId))
    .map((booked) => ({ path: 'services', message: `service "${booked.serviceId}" still has ${booked.count} booked appointment(s)` }));
  if (issues.length > 0) {
    throw new DomainError(409, 'conflict', 'The new configuration removes services that booked appointments still need.', undefined, issues);
  }
}
