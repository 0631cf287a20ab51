import { describe, expect, it } from 'vitest';
import type { Centre, CentreService, PublicTicket, ServerEvent } from '@dintur/shared';
import { applyServerEvent } from './centre-updates.js';

const service = (id: string, changes: Partial<CentreService> = {}): CentreService => ({
  id,
  unitId: 'borgerservice',
  name: { da: id, en: id },
  prefix: 'A',
  authority: 'authority',
  selfServiceUrl: null,
  open: true,
  closedByStaff: false,
  opensAt: null,
  waiting: 0,
  estimatedWaitMinutes: 5,
  ...changes,
});

const centre: Centre = {
  id: 'valby',
  name: 'Borgercenter Valby',
  timeZone: 'Europe/Copenhagen',
  displayMessage: '',
  businessDay: '2026-11-24',
  units: [{ id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true }],
  services: [service('passport'), service('moving')],
  counters: [],
  today: { date: '2026-11-24', open: '00:00', close: '24:00', isOpen: true, issuingClosesAt: null, nextOpening: null },
};

const ticket: PublicTicket = { id: 1, number: 'A1', serviceId: 'passport', status: 'waiting', issuedAt: '2026-11-24T10:00:00.000Z', counterId: null, calledAt: null };

describe('applyServerEvent', () => {
  it('takes the whole centre from a snapshot', () => {
    const event: ServerEvent = { id: 9, type: 'snapshot', data: { centre, tickets: [], recentCalls: [], serverTime: '2026-11-24T10:00:00.000Z' } };
    expect(applyServerEvent(null, event)).toEqual({ centre, refetch: false });
  });

  it('keeps the waits live from the queue figures a ticket event carries', () => {
    const event: ServerEvent = {
      id: 10,
      type: 'ticket.issued',
      data: { ticket, queues: [{ serviceId: 'passport', waiting: 4, estimatedWaitMinutes: 22, longestWaitMinutes: 3 }] },
    };
    const { centre: updated } = applyServerEvent(centre, event);
    expect(updated?.services).toEqual([service('passport', { waiting: 4, estimatedWaitMinutes: 22 }), service('moving')]);
  });

  it('closes a service staff closed, and asks for the centre to learn when it opens again', () => {
    const event: ServerEvent = { id: 11, type: 'service.changed', data: { serviceId: 'moving', open: false, closedByStaff: true } };
    const update = applyServerEvent(centre, event);
    expect(update.centre?.services[1]).toMatchObject({ id: 'moving', open: false, closedByStaff: true });
    expect(update.refetch).toBe(true);
  });

  it('asks for the centre afresh after a new configuration or a new day', () => {
    expect(applyServerEvent(centre, { id: 12, type: 'config.changed', data: {} })).toEqual({ centre, refetch: true });
    expect(applyServerEvent(centre, { id: 13, type: 'day.reset', data: { businessDay: '2026-11-25', endedTickets: 2 } })).toEqual({ centre, refetch: true });
  });

  it('asks for the centre afresh when a counter opens or closes: the waits of its services changed with it', () => {
    const counter = { id: 'bs-1', unitId: 'borgerservice', name: 'Skranke 1', services: ['passport'], status: 'closed' as const, pauseReason: null, staffId: null, since: null, currentTicket: null };
    expect(applyServerEvent(centre, { id: 14, type: 'counter.changed', data: { counter } })).toEqual({ centre, refetch: true });
  });

  it('ignores ticket events before the first snapshot', () => {
    const event: ServerEvent = { id: 10, type: 'ticket.issued', data: { ticket, queues: [] } };
    expect(applyServerEvent(null, event)).toEqual({ centre: null, refetch: false });
  });
});
