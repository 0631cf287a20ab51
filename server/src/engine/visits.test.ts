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
