import { describe, expect, it } from 'vitest';
import { demoConfig } from '../seed/demo-config.js';
import { createTestEngine } from './test-engine.js';

const weekdaysOnly = {
  ...demoConfig,
  hours: {
    weekly: {
      monday: { open: '10:00', close: '18:00' },
      tuesday: { open: '10:00', close: '18:00' },
      wednesday: { open: '10:00', close: '18:00' },
      thursday: { open: '10:00', close: '18:00' },
      friday: { open: '10:00', close: '18:00' },
      saturday: null,
      sunday: null,
    },
    closedDates: ['2026-12-24'],
    lastTicketMinutesBeforeClose: 15,
    dailyResetTime: '03:00',
  },
};

describe('taking a number', () => {
  it('numbers each prefix from 1 and never gives the same number twice in a day', () => {
    const { engine } = createTestEngine();
    const numbers = ['passport', 'passport', 'moving', 'passport', 'moving'].map(
      (serviceId) => engine.issueTicket({ serviceId, lang: 'da' }).number,
    );
    expect(numbers).toEqual(['A1', 'A2', 'E1', 'A3', 'E2']);
  });

  it('restarts numbering at the daily reset and ends the unfinished tickets, keeping their history', () => {
    const { engine, clock, actor } = createTestEngine({ time: '2026-11-24T20:00:00Z' }); // 21:00 local
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const waiting = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    const called = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callTicket(clerk, called.id, 'bs-3');
    clock.set('2026-11-25T01:30:00Z'); // 02:30 local: still the same business day
    expect(engine.issueTicket({ serviceId: 'moving', lang: 'da' }).number).toBe('E3');
    clock.set('2026-11-25T02:00:00Z'); // 03:00 local: reset
    expect(engine.issueTicket({ serviceId: 'moving', lang: 'da' }).number).toBe('E1');
    for (const ticket of [waiting, called]) {
      const ended = engine.getTicket(ticket.id);
      expect(ended.status).toBe('ended-by-reset');
      expect(ended.history.at(-1)?.type).toBe('ticket.ended-by-reset');
    }
    expect(engine.centre().businessDay).toBe('2026-11-25');
  });

  it('follows the opening hours and says when issuing opens again', () => {
    const { engine, clock } = createTestEngine({ time: '2026-11-27T16:50:00Z', config: weekdaysOnly }); // Friday 17:50 local
    expect(() => engine.issueTicket({ serviceId: 'passport', lang: 'da' })).toThrow(
      expect.objectContaining({ code: 'centre-closed', details: { opensAt: '2026-11-30T09:00:00.000Z' } }),
    );
    const centre = engine.centre();
    expect(centre.today).toMatchObject({ isOpen: true, issuingClosesAt: '2026-11-27T16:45:00.000Z', nextOpening: '2026-11-30T09:00:00.000Z' });
    expect(centre.services.every((service) => !service.open && service.opensAt === '2026-11-30T09:00:00.000Z')).toBe(true);
    clock.set('2026-11-30T09:00:00Z'); // Monday 10:00
    expect(engine.issueTicket({ serviceId: 'passport', lang: 'da' }).number).toBe('A1');
  });

  it('stays closed on a closed date', () => {
    const { engine } = createTestEngine({ time: '2026-12-24T11:00:00Z', config: weekdaysOnly }); // Thursday, Christmas Eve
    expect(() => engine.issueTicket({ serviceId: 'passport', lang: 'da' })).toThrow(expect.objectContaining({ code: 'centre-closed' }));
    expect(engine.centre().today.nextOpening).toBe('2026-12-25T09:00:00.000Z');
  });

  it('refuses a service a manager has closed, and takes tickets again when reopened', () => {
    const { engine, actor } = createTestEngine();
    const manager = actor('leader', 'borgerservice', 'manager');
    expect(engine.setServiceClosed(manager, 'passport', true).open).toBe(false);
    expect(() => engine.issueTicket({ serviceId: 'passport', lang: 'da' })).toThrow(expect.objectContaining({ code: 'service-closed' }));
    engine.setServiceClosed(manager, 'passport', false);
    expect(engine.issueTicket({ serviceId: 'passport', lang: 'da' }).number).toBe('A1');
  });
});

describe('estimated waits', () => {
  it('learn from recent service times', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    for (let i = 0; i < 6; i += 1) {
      const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
      engine.callNext(clerk, 'bs-3');
      engine.start(clerk, ticket.id);
      clock.advanceMinutes(2);
      engine.finish(clerk, ticket.id, 'resolved');
    }
    expect(engine.context.estimator.serviceMinutes(engine.context.index(), 'information', clock.now())).toBeCloseTo(2);
  });
});
