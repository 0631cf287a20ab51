import { describe, expect, it } from 'vitest';
import { channelFigures, kioskChoicesOf } from './channels.js';
import { eventLog } from '@dintur/shared/statistics/test-events';
import { reconstructVisits } from '@dintur/shared/statistics';

const services = [
  { serviceId: 'moving', name: { da: 'Flytning', en: 'Moving' } },
  { serviceId: 'passport', name: { da: 'Pas', en: 'Passport' } },
];

describe('channel figures', () => {
  it('counts how numbers were taken, by the service first asked for', () => {
    const { events, add } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving', channel: 'kiosk' } });
    add('10:01', 'ticket.issued', { ticketId: 2, details: { serviceId: 'moving', channel: 'web' } });
    add('10:02', 'ticket.issued', { ticketId: 3, details: { serviceId: 'passport', channel: 'kiosk' } });
    add('10:03', 'ticket.issued', { ticketId: 4, details: { serviceId: 'moving' } });
    add('10:04', 'ticket.transferred', { ticketId: 3, details: { toServiceId: 'moving' } });
    const visits = reconstructVisits(events);
    expect(channelFigures(visits, [], services, () => true).ticketsByChannel).toEqual({ kiosk: 2, web: 1, appointment: 0, unknown: 1 });
    expect(channelFigures(visits, [], services, (serviceId) => serviceId === 'moving').ticketsByChannel).toEqual({ kiosk: 1, web: 1, appointment: 0, unknown: 1 });
  });

  it('counts kiosk choices per service, leaving out entries it cannot read and services nobody chose for', () => {
    const { events, add } = eventLog();
    add('10:00', 'kiosk.choice', { details: { serviceId: 'moving', choice: 'self-service', kioskId: 'k1' } });
    add('10:01', 'kiosk.choice', { details: { serviceId: 'moving', choice: 'ticket', kioskId: 'k1' } });
    add('10:02', 'kiosk.choice', { details: { serviceId: 'moving', choice: 'maybe', kioskId: 'k1' } });
    add('10:03', 'kiosk.choice', { details: { choice: 'ticket', kioskId: 'k1' } });
    add('10:04', 'counter.changed', { counterId: 'bs-1', details: { status: 'open' } });
    const choices = kioskChoicesOf(events);
    expect(choices).toEqual([
      { serviceId: 'moving', choice: 'self-service' },
      { serviceId: 'moving', choice: 'ticket' },
    ]);
    const figures = channelFigures([], choices, services, () => true);
    expect(figures.kioskChoices).toEqual({ selfService: 1, ticket: 1, selfServiceShare: 0.5 });
    expect(figures.kioskChoicesByService.map((row) => row.serviceId)).toEqual(['moving']);
    expect(channelFigures([], [], services, () => true).kioskChoices).toEqual({ selfService: 0, ticket: 0, selfServiceShare: null });
  });
});
