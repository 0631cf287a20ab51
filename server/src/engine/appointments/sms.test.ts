import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs, bookingRequest } from './testing.js';

/** Every message in the outbox, due or not. */
const outbox = (engine: ReturnType<typeof createTestEngine>['engine']) => engine.context.sms.due(Number.MAX_SAFE_INTEGER, 1000);

describe('queueing the SMS of a booking', () => {
  it('queues nothing when the server has no SMS gateway', () => {
    const { engine } = createTestEngine();
    bookAs(engine);
    expect(outbox(engine)).toEqual([]);
  });

  it('queues the confirmation with the booking, and nothing for a booking refused', () => {
    const { engine } = createTestEngine({ sms: true, publicUrl: 'https://tid.valby.example.dk/' });
    const code = bookAs(engine, { start: at('11:30') });
    // The slot holds one: the second booking is refused, and its message with it.
    expect(() => bookAs(engine, { start: at('11:30'), phone: '40112299' })).toThrow();
    expect(outbox(engine).map(({ id, kind, phone, appointmentCode, expiresAt }) => ({ id, kind, phone, appointmentCode, expiresAt }))).toEqual([
      { id: `booked:${code}`, kind: 'booked', phone: '+4512345678', appointmentCode: code, expiresAt: Date.parse(at('11:30')) },
    ]);
    expect(outbox(engine)[0]!.text).toContain(`https://tid.valby.example.dk/book/${code}`);
  });

  it('tells a cancellation once, however often it is asked for', () => {
    const { engine } = createTestEngine({ sms: true });
    const code = bookAs(engine);
    engine.appointments.cancel(code, null);
    engine.appointments.cancel(code, null);
    expect(outbox(engine).map((message) => message.kind)).toEqual(['booked', 'cancelled']);
    // Without a public address there is no link, and the text says how to check in instead.
    expect(outbox(engine)[0]!.text).toMatch(/Vis koden ved skærmen i indgangen\.$/);
  });

  it('leaves a phone number that cannot take an SMS out', () => {
    const { engine } = createTestEngine({ sms: true });
    bookAs(engine, { phone: '123 456 789' });
    expect(outbox(engine)).toEqual([]);
  });

  it('sends nothing for a booking the city hub owns: the hub tells the citizen', () => {
    const { engine, clock } = createTestEngine({ sms: true, city: { hubUrl: 'https://city.example.dk/', centreId: 'valby', cityCprKey: randomBytes(32) } });
    engine.appointments.applyCityBookings({
      changes: [
        {
          ...bookingRequest(),
          revision: 1,
          code: 'HUBB2345',
          start: at('10:00', '2026-11-25'),
          end: at('10:15', '2026-11-25'),
          localDate: '2026-11-25',
          status: 'booked',
          channel: 'online',
          phone: '+4512345678',
          email: null,
          cprHash: null,
          bookedAt: at('09:00'),
          changedAt: at('09:00'),
        },
      ],
      cursor: 1,
    });
    clock.set(at('17:00'));
    expect(engine.appointments.sweepReminders()).toBe(0);
    expect(outbox(engine)).toEqual([]);
  });
});
