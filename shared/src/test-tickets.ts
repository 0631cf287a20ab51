import type { StaffTicket } from './schemas.js';

/**
 * A ticket as the staff API sends it, for the unit tests of the screens that keep and sort
 * tickets: waiting for a passport since 10:00 on a winter day, nobody at it yet. One factory, so a
 * new field of StaffTicket is added here once rather than in every test.
 */
export function staffTicket(id: number, changes: Partial<StaffTicket> = {}): StaffTicket {
  const serviceId = changes.serviceId ?? 'passport';
  const issuedAt = changes.issuedAt ?? '2026-11-24T10:00:00.000Z';
  return {
    id,
    number: `A${id}`,
    serviceId,
    status: 'waiting',
    issuedAt,
    counterId: null,
    calledAt: null,
    lang: 'da',
    position: null,
    estimatedWaitMinutes: null,
    trackingCode: `code${id}xx`,
    trackingUrl: `/t/code${id}xx`,
    originalServiceId: serviceId,
    queuedAt: issuedAt,
    staffId: null,
    startedAt: null,
    finishedAt: null,
    outcome: null,
    recallCount: 0,
    transferNote: null,
    targetCounterId: null,
    targetStaffId: null,
    appointmentAt: null,
    ...changes,
  };
}
