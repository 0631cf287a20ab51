import { describe, expect, it } from 'vitest';
import type { StaffTicket } from '@dintur/shared';
import { staffTicket } from '@dintur/shared/test-tickets';
import { counterQueues, queuesByUnit, servableCount, ticketAtCounter, waitingByService } from './queues.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 10, minute)).toISOString();
const now = Date.UTC(2026, 10, 24, 10, 40);

/** A ticket for `serviceId`, issued and queued `minute` minutes past ten. */
function ticket(id: number, serviceId: string, minute: number, changes: Partial<StaffTicket> = {}): StaffTicket {
  return staffTicket(id, { number: `X${id}`, serviceId, originalServiceId: serviceId, issuedAt: at(minute), queuedAt: at(minute), ...changes });
}

const book = (...tickets: StaffTicket[]) => new Map(tickets.map((item) => [item.id, item]));

describe('queue summaries', () => {
  it('groups waiting tickets by service in queue order, leaving out those at a counter', () => {
    const queues = waitingByService(
      book(ticket(1, 'pension', 5), ticket(2, 'passport', 1), ticket(3, 'pension', 2), ticket(4, 'pension', 0, { status: 'called', counterId: 'po-7' })),
    );
    expect(queues.get('pension')?.map((item) => item.id)).toEqual([3, 1]);
    expect(queues.get('passport')?.map((item) => item.id)).toEqual([2]);
  });

  it('gives a counter its services in profile order, the longest wait of each, and what this person may serve', () => {
    const tickets = book(
      ticket(1, 'pension', 5),
      ticket(2, 'housing-benefit', 10),
      // Transferred to the front: first in line, but not the longest wait.
      ticket(3, 'housing-benefit', 30, { queuedAt: at(9) }),
      ticket(4, 'pension', 20),
    );
    const queues = counterQueues(['pension', 'housing-benefit', 'home-help'], new Set(['housing-benefit']), tickets, now);
    expect(queues.map((queue) => [queue.serviceId, queue.tickets.map((item) => item.id), queue.mayServe])).toEqual([
      ['pension', [1, 4], false],
      ['housing-benefit', [3, 2], true],
      ['home-help', [], false],
    ]);
    expect(queues[1]?.longestWaiting?.id).toBe(2);
    expect(queues[1]?.longestWaitMs).toBe(30 * 60_000);
    expect(queues[2]?.longestWaitMs).toBe(0);
    expect(servableCount(queues)).toBe(2);
  });

  it('summarises the centre per unit and service in the configuration’s order', () => {
    const centre = {
      units: [{ id: 'borgerservice' }, { id: 'pension-care' }],
      services: [
        { id: 'passport', unitId: 'borgerservice' },
        { id: 'pension', unitId: 'pension-care' },
        { id: 'moving', unitId: 'borgerservice' },
      ],
    };
    const units = queuesByUnit(centre, book(ticket(1, 'pension', 0), ticket(2, 'moving', 30)), now);
    expect(units.map((unit) => [unit.unitId, unit.services.map(({ service, queue }) => `${service.id}:${queue.tickets.length}:${queue.longestWaitMs / 60_000}`)])).toEqual([
      ['borgerservice', ['passport:0:0', 'moving:1:10']],
      ['pension-care', ['pension:1:40']],
    ]);
  });

  it('finds the ticket a counter holds', () => {
    const tickets = book(ticket(1, 'pension', 0, { status: 'serving', counterId: 'po-7' }), ticket(2, 'pension', 1));
    expect(ticketAtCounter(tickets, 'po-7')?.id).toBe(1);
    expect(ticketAtCounter(tickets, 'po-8')).toBeNull();
  });
});
