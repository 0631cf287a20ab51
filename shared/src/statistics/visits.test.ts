import { describe, expect, it } from 'vitest';
import { eventLog } from './test-events.js';
import { reconstructVisits } from './visits.js';

describe('rebuilding visits from the event log', () => {
  it('follows a ticket through two queues: called, transferred, called again, started and finished', () => {
    const { events, add, at } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'information', channel: 'kiosk', estimatedWaitMinutes: 4, appointmentAt: null } });
    add('10:06', 'ticket.called', { ticketId: 1, counterId: 'bs-3', details: { serviceId: 'information' } });
    add('10:07', 'ticket.recalled', { ticketId: 1, counterId: 'bs-3' });
    add('10:09', 'ticket.transferred', { ticketId: 1, counterId: 'bs-3', details: { fromServiceId: 'information', toServiceId: 'pension', note: 'x' } });
    add('10:30', 'ticket.called', { ticketId: 1, counterId: 'po-7' });
    add('10:31', 'ticket.started', { ticketId: 1, counterId: 'po-7' });
    add('10:50', 'ticket.finished', { ticketId: 1, counterId: 'po-7', details: { outcome: 'resolved' } });

    expect(reconstructVisits(events)).toEqual([
      {
        ticketId: 1,
        issuedAt: at('10:00'),
        channel: 'kiosk',
        appointmentAt: null,
        estimatedWaitMinutes: 4,
        stays: [
          {
            serviceId: 'information',
            enteredAt: at('10:00'),
            byTransfer: false,
            calledAt: at('10:06'),
            counterId: 'bs-3',
            startedAt: null,
            end: { kind: 'transferred', at: at('10:09'), toServiceId: 'pension' },
          },
          {
            serviceId: 'pension',
            enteredAt: at('10:09'),
            byTransfer: true,
            calledAt: at('10:30'),
            counterId: 'po-7',
            startedAt: at('10:31'),
            end: { kind: 'finished', at: at('10:50'), outcome: 'resolved' },
          },
        ],
      },
    ]);
  });

  it('counts a no-show or a finish taken back at once (undo) as not having happened: the stay ends as it really ended', () => {
    const { events, add, at } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving' } });
    add('10:01', 'ticket.issued', { ticketId: 2, details: { serviceId: 'moving' } });
    add('10:10', 'ticket.called', { ticketId: 1, counterId: 'bs-3' });
    add('10:11', 'ticket.no-show', { ticketId: 1, counterId: 'bs-3' });
    add('10:11', 'ticket.undone', { ticketId: 1, counterId: 'bs-3', details: { undid: 'ticket.no-show', status: 'called' } });
    add('10:12', 'ticket.started', { ticketId: 1, counterId: 'bs-3' });
    add('10:20', 'ticket.finished', { ticketId: 1, counterId: 'bs-3', details: { outcome: 'resolved' } });
    add('10:20', 'ticket.undone', { ticketId: 1, counterId: 'bs-3', details: { undid: 'ticket.finished', status: 'serving' } });
    add('10:22', 'ticket.finished', { ticketId: 1, counterId: 'bs-3', details: { outcome: 'needs-appointment' } });
    add('10:23', 'ticket.called', { ticketId: 2, counterId: 'bs-3' });
    add('10:25', 'ticket.no-show', { ticketId: 2, counterId: 'bs-3' });
    const [first, second] = reconstructVisits(events);
    expect(first!.stays).toEqual([
      expect.objectContaining({ calledAt: at('10:10'), startedAt: at('10:12'), end: { kind: 'finished', at: at('10:22'), outcome: 'needs-appointment' } }),
    ]);
    expect(second!.stays.map((stay) => stay.end)).toEqual([{ kind: 'no-show', at: at('10:25') }]);
  });

  it('ends a stay at a no-show, a cancellation or the daily reset, and leaves a ticket still in the centre open', () => {
    const { events, add } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'moving' } });
    add('10:01', 'ticket.issued', { ticketId: 2, details: { serviceId: 'moving' } });
    add('10:02', 'ticket.issued', { ticketId: 3, details: { serviceId: 'moving' } });
    add('10:03', 'ticket.issued', { ticketId: 4, details: { serviceId: 'moving' } });
    add('10:10', 'ticket.called', { ticketId: 1, counterId: 'bs-3' });
    add('10:12', 'ticket.no-show', { ticketId: 1, counterId: 'bs-3' });
    add('10:13', 'ticket.cancelled', { ticketId: 2, details: { by: 'citizen' } });
    add('23:59', 'ticket.ended-by-reset', { ticketId: 3, details: { previousStatus: 'waiting' } });
    expect(reconstructVisits(events).map((visit) => visit.stays.map((stay) => stay.end.kind))).toEqual([
      ['no-show'],
      ['cancelled'],
      ['ended-by-reset'],
      ['open'],
    ]);
  });

  it('takes the channel from the issue, an appointment from its booked time, and knows nothing when neither says', () => {
    const { events, add, at } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'passport', channel: 'web' } });
    add('10:00', 'ticket.issued', { ticketId: 2, details: { serviceId: 'passport', appointmentAt: at('10:15') } });
    add('10:00', 'ticket.issued', { ticketId: 3, details: { serviceId: 'passport', appointmentAt: new Date(at('10:30')).toISOString() } });
    add('10:00', 'ticket.issued', { ticketId: 4, details: { serviceId: 'passport', channel: 'carrier pigeon' } });
    expect(reconstructVisits(events).map(({ channel, appointmentAt }) => ({ channel, appointmentAt }))).toEqual([
      { channel: 'web', appointmentAt: null },
      { channel: 'appointment', appointmentAt: at('10:15') },
      { channel: 'appointment', appointmentAt: at('10:30') },
      { channel: 'unknown', appointmentAt: null },
    ]);
  });

  it('leaves out a ticket taken in another period and ignores what follows a visit’s end', () => {
    const { events, add } = eventLog();
    add('10:05', 'ticket.called', { ticketId: 9, counterId: 'bs-1' }); // issued the day before
    add('10:06', 'ticket.issued', { ticketId: 10, details: { serviceId: 'passport' } });
    add('10:07', 'ticket.cancelled', { ticketId: 10 });
    add('10:08', 'ticket.called', { ticketId: 10, counterId: 'bs-1' });
    const visits = reconstructVisits(events);
    expect(visits.map((visit) => visit.ticketId)).toEqual([10]);
    expect(visits[0]!.stays).toEqual([expect.objectContaining({ calledAt: null, end: expect.objectContaining({ kind: 'cancelled' }) })]);
  });
});
