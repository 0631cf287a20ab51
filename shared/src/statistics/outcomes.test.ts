import { describe, expect, it } from 'vitest';
import { outcomes } from '../domain.js';
import { figuresBy, figuresOf, staysOf } from './figures.js';
import { countVolumes, firstContact } from './outcomes.js';
import { eventLog } from './test-events.js';
import { reconstructVisits } from './visits.js';

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const services = ['moving', 'passport', 'pension'];

/** Visits that wander at random through queues and end in every possible way. */
function randomLog(seed: number) {
  const random = seeded(seed);
  const pick = <Value>(list: readonly Value[]) => list[Math.floor(random() * list.length)]!;
  const { events, add } = eventLog();
  for (let ticketId = 1; ticketId <= 200; ticketId += 1) {
    add('10:00', 'ticket.issued', { ticketId, details: { serviceId: pick(services) } });
    for (;;) {
      const step = random();
      if (step < 0.5) add('10:05', 'ticket.called', { ticketId, counterId: 'c' });
      if (step < 0.15) add('10:06', 'ticket.transferred', { ticketId, details: { toServiceId: pick(services) } });
      else if (step < 0.55) add('10:20', 'ticket.finished', { ticketId, details: { outcome: pick(outcomes) } });
      else if (step < 0.65) add('10:20', 'ticket.no-show', { ticketId });
      else if (step < 0.75) add('10:20', 'ticket.cancelled', { ticketId });
      else if (step < 0.85) add('23:59', 'ticket.ended-by-reset', { ticketId });
      if (step >= 0.15) break;
    }
  }
  return reconstructVisits(events);
}

describe('volumes and outcomes', () => {
  it('balances every group: what came in (issued, transferred in) is what went out or is still there', () => {
    for (const seed of [1, 2, 3]) {
      const stays = staysOf(randomLog(seed), () => true);
      for (const { figures } of figuresBy(stays, services, ({ stay }) => stay.serviceId, 15)) {
        const came = figures.issued + figures.transferredIn;
        const went = figures.served + figures.noShows + figures.cancelled + figures.unfinished + figures.transferredOut;
        expect(came).toBe(went);
        expect(Object.values(figures.outcomes).reduce((sum, count) => sum + count, 0)).toBe(figures.served);
      }
      const total = figuresOf(stays, 15);
      expect(total.issued).toBe(200);
      expect(total.transferredIn).toBe(total.transferredOut);
    }
  });

  it('has no first-contact resolution where nobody was served', () => {
    expect(countVolumes([]).firstContactResolution).toBeNull();
    expect(firstContact([], () => true)).toMatchObject({ served: 0, share: null, uncomplicated: { served: 0, share: null } });
  });

  it('counts a visit resolved after a transfer as resolved at first contact, and says how many were', () => {
    const { events, add } = eventLog();
    add('10:00', 'ticket.issued', { ticketId: 1, details: { serviceId: 'information' } });
    add('10:05', 'ticket.called', { ticketId: 1, counterId: 'bs-3' });
    add('10:06', 'ticket.transferred', { ticketId: 1, details: { toServiceId: 'housing-benefit' } });
    add('10:20', 'ticket.called', { ticketId: 1, counterId: 'po-7' });
    add('10:30', 'ticket.finished', { ticketId: 1, details: { outcome: 'resolved' } });
    add('10:00', 'ticket.issued', { ticketId: 2, details: { serviceId: 'pension' } });
    add('10:05', 'ticket.called', { ticketId: 2, counterId: 'po-8' });
    add('10:30', 'ticket.finished', { ticketId: 2, details: { outcome: 'not-resolved' } });
    const stays = staysOf(reconstructVisits(events), () => true);
    expect(firstContact(stays, (serviceId) => serviceId !== 'pension')).toEqual({
      served: 2,
      resolved: 1,
      share: 0.5,
      resolvedAfterTransfer: 1,
      goal: 0.8,
      uncomplicated: { served: 1, resolved: 1, share: 1, resolvedAfterTransfer: 1 },
    });
  });
});
