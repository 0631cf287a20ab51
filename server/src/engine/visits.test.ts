import { describe, expect, it } from 'vitest';
import { createTestEngine } from './test-engine.js';

function pensionOffice() {
  const setup = createTestEngine();
  const reception = setup.actor('reception', 'borgerservice');
  const officer = setup.actor('officer', 'pension-care');
  setup.engine.openCounter(reception, 'bs-6');
  setup.engine.openCounter(officer, 'po-7');
  return { ...setup, reception, officer };
}

describe('a visit', () => {
  it('goes waiting → called → serving → finished, recording every step', () => {
    const { engine, reception } = pensionOffice();
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'en' });
    engine.callNext(reception, 'bs-6');
    engine.recall(reception, ticket.id);
    engine.start(reception, ticket.id);
    const finished = engine.finish(reception, ticket.id, 'self-service');
    expect(finished).toMatchObject({ status: 'finished', outcome: 'self-service', recallCount: 1 });
    const history = engine.getTicket(ticket.id).history;
    expect(history.map((event) => event.type)).toEqual([
      'ticket.issued',
      'ticket.called',
      'ticket.recalled',
      'ticket.started',
      'ticket.finished',
    ]);
    expect(history.slice(1).every((event) => event.staffId === reception.id && event.counterId === 'bs-6')).toBe(true);
  });

  it('refuses steps out of order and changes nothing', () => {
    const { engine, reception } = pensionOffice();
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    expect(() => engine.start(reception, ticket.id)).toThrow(expect.objectContaining({ code: 'invalid-state' }));
    engine.callNext(reception, 'bs-6');
    engine.noShow(reception, ticket.id);
    expect(() => engine.recall(reception, ticket.id)).toThrow(expect.objectContaining({ code: 'invalid-state' }));
    expect(() => engine.finish(reception, ticket.id, 'resolved')).toThrow(expect.objectContaining({ code: 'invalid-state' }));
    expect(engine.getTicket(ticket.id).status).toBe('no-show');
  });

  it('keeps its number when transferred, at its original place by issue time', () => {
    const { engine, clock, reception, officer } = pensionOffice();
    const visit = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    clock.advanceMinutes(5);
    const later = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    engine.callTicket(reception, visit.id, 'bs-6');
    clock.advanceMinutes(5);
    const moved = engine.transfer(reception, visit.id, { serviceId: 'pension', placement: 'original', note: 'Asks about early pension' });
    expect(moved).toMatchObject({ number: visit.number, serviceId: 'pension', status: 'waiting', position: 1, transferNote: 'Asks about early pension' });
    expect(engine.callNext(officer, 'po-7')?.number).toBe(visit.number);
    expect(engine.callNext(officer, 'po-7')?.number).toBe(later.number);
  });

  it('goes to the front or the back of the receiving queue when the clerk says so', () => {
    const { engine, clock, reception } = pensionOffice();
    const waiting = [1, 2, 3].map(() => {
      clock.advanceMinutes(1);
      return engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    });
    const front = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    const back = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    clock.advanceMinutes(1);
    engine.callTicket(reception, front.id, 'bs-6');
    expect(engine.transfer(reception, front.id, { serviceId: 'pension', placement: 'front' }).position).toBe(1);
    engine.callTicket(reception, back.id, 'bs-6');
    expect(engine.transfer(reception, back.id, { serviceId: 'pension', placement: 'back' }).position).toBe(waiting.length + 2);
  });

  it('lets only a manager transfer or cancel a ticket that is still waiting', () => {
    const { engine, reception, actor } = pensionOffice();
    const ticket = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    expect(() => engine.transfer(reception, ticket.id, { serviceId: 'information', placement: 'original' })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    const manager = actor('manager', 'pension-care', 'manager');
    expect(engine.transfer(manager, ticket.id, { serviceId: 'housing-benefit', placement: 'original' }).serviceId).toBe('housing-benefit');
    expect(engine.cancel(manager, ticket.id).status).toBe('cancelled');
  });

  it('will not close a counter that still holds a visit', () => {
    const { engine, reception } = pensionOffice();
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callNext(reception, 'bs-6');
    expect(() => engine.closeCounter(reception, 'bs-6')).toThrow(expect.objectContaining({ code: 'ticket-in-progress' }));
    engine.finish(reception, ticket.id, 'resolved');
    expect(engine.closeCounter(reception, 'bs-6').status).toBe('closed');
  });

  it('lets the citizen give up a waiting place with the tracking code', () => {
    const { engine } = pensionOffice();
    const ticket = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    const behind = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    expect(engine.cancelByCitizen(ticket.trackingCode).status).toBe('cancelled');
    expect(engine.track(behind.trackingCode).position).toBe(1);
  });
});

describe('a booked citizen sent on to another queue', () => {
  /**
   * A moving appointment booked for 10:40 checks in at 10:00 and, with nothing else waiting, is
   * called at once at Skranke 3; at 10:05 the clerk finds it is a pension matter.
   */
  function bookedAndCalled() {
    const setup = pensionOffice();
    const { engine, clock } = setup;
    const clerk = setup.actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const booked = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 40 * 60_000 });
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(booked.number);
    return { ...setup, clerk, booked };
  }

  it('queues as a walk-in by its check-in time: it does not jump the walk-ins who came before it', () => {
    const setup = pensionOffice();
    const { engine, clock, officer } = setup;
    const clerk = setup.actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const walkIn = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    clock.advanceMinutes(5);
    // Booked for 10:20, checked in at 10:05 and called early (nothing else for Skranke 3).
    const booked = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 15 * 60_000 });
    engine.callNext(clerk, 'bs-3');
    clock.advanceMinutes(5);
    const moved = engine.transfer(clerk, booked.id, { serviceId: 'pension', placement: 'original' });
    // Behind the walk-in who came at 10:00, told so, and no longer routed as an appointment.
    expect(moved).toMatchObject({ serviceId: 'pension', position: 2, appointmentAt: null });
    expect(engine.track(booked.trackingCode).position).toBe(2);
    expect(engine.callNext(officer, 'po-7')?.number).toBe(walkIn.number);
    expect(engine.callNext(officer, 'po-7')?.number).toBe(booked.number);
  });

  it('does not hold up the new queue while its old booked time is still ahead', () => {
    const { engine, clock, officer, clerk, booked } = bookedAndCalled();
    clock.advanceMinutes(1);
    const pension = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    clock.advanceMinutes(1);
    const homeHelp = engine.issueTicket({ serviceId: 'home-help', lang: 'da' });
    clock.advanceMinutes(3);
    engine.transfer(clerk, booked.id, { serviceId: 'pension', placement: 'original' });
    // Pension (weight 2 at Skranke 7) has waited longest: the transferred citizen first, then the pension walk-in.
    const order = [1, 2, 3].map(() => engine.callNext(officer, 'po-7')?.number);
    expect(order).toEqual([booked.number, pension.number, homeHelp.number]);
  });

  it('keeps the booked time in its history for the appointment’s statistics', () => {
    const { engine, clerk, booked } = bookedAndCalled();
    engine.transfer(clerk, booked.id, { serviceId: 'pension', placement: 'original' });
    const ticket = engine.getTicket(booked.id);
    expect(ticket.appointmentAt).toBeNull();
    expect(ticket.history[0]).toMatchObject({ type: 'ticket.issued', details: { appointmentAt: Date.parse('2026-11-24T10:40:00Z') } });
    expect(ticket.history.at(-1)).toMatchObject({ type: 'ticket.transferred', details: { appointmentAt: '2026-11-24T10:40:00.000Z' } });
  });
});
