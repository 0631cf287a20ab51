import { describe, expect, it } from 'vitest';
import { eventDetailSchemas, isLoggedEventType, shippableDetails } from './event-details.js';

describe('what of an event may leave the centre', () => {
  it('drops a transfer’s note and a pause’s reason, and keeps what statistics read', () => {
    expect(
      shippableDetails('ticket.transferred', {
        number: 'A12',
        serviceId: 'passport',
        fromServiceId: 'passport',
        toServiceId: 'housing-benefit',
        placement: 'original',
        note: 'Jens Hansen, needs help with the form',
        targetCounterId: null,
        targetStaffId: 4,
      }),
    ).toEqual({ number: 'A12', serviceId: 'passport', fromServiceId: 'passport', toServiceId: 'housing-benefit', placement: 'original', targetCounterId: null, targetStaffId: 4 });
    expect(shippableDetails('counter.changed', { status: 'paused', pauseReason: 'Lægebesøg hos Mette' })).toEqual({ status: 'paused' });
  });

  it('never ships a key it does not list, whatever a future version writes', () => {
    const shipped = shippableDetails('appointment.booked', { serviceId: 'passport', start: '2026-11-24T10:00:00Z', channel: 'online', name: 'Anna', phone: '+4540112233', email: 'a@b.dk', cprHash: 'ab12' });
    expect(shipped).toEqual({ serviceId: 'passport', start: '2026-11-24T10:00:00Z', channel: 'online' });
    expect(shippableDetails('something.new', { name: 'Anna' })).toEqual({});
  });

  it('keeps the right fields of an odd entry and leaves out only the wrong ones', () => {
    expect(shippableDetails('ticket.finished', { serviceId: 'passport', outcome: 'not-an-outcome', serviceMs: 120_000 })).toEqual({ serviceId: 'passport', serviceMs: 120_000 });
  });

  it('has a schema for every event the centre logs, none of which lists personal data', () => {
    for (const type of ['ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.transferred', 'counter.changed', 'config.changed', 'kiosk.choice', 'appointment.checked-in']) {
      expect(isLoggedEventType(type)).toBe(true);
    }
    const keys = Object.values(eventDetailSchemas).flatMap((schema) => Object.keys(schema.shape));
    for (const personal of ['name', 'phone', 'email', 'note', 'cpr', 'cprHash', 'pauseReason', 'transferNote']) expect(keys).not.toContain(personal);
  });
});
