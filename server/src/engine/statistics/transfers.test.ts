import { describe, expect, it } from 'vitest';
import { eventLog } from '@dintur/shared/statistics/test-events';
import { countTransfers } from './transfers.js';
import { reconstructVisits } from '@dintur/shared/statistics';

const unitOf = (serviceId: string) => ({ information: 'borgerservice', moving: 'borgerservice', pension: 'pension-care', counselling: 'social' })[serviceId] ?? null;

describe('transfers', () => {
  it('counts transfers between units most first, with transfers within a unit as from and to the same unit', () => {
    const { events, add } = eventLog();
    const moves: [number, string, string][] = [
      [1, 'information', 'pension'],
      [2, 'information', 'pension'],
      [3, 'moving', 'counselling'],
      [4, 'information', 'moving'],
      [5, 'information', 'removed-service'],
    ];
    for (const [ticketId, from, to] of moves) {
      add('10:00', 'ticket.issued', { ticketId, details: { serviceId: from } });
      add('10:05', 'ticket.transferred', { ticketId, details: { fromServiceId: from, toServiceId: to } });
    }
    const visits = reconstructVisits(events);
    expect(countTransfers(visits, unitOf, () => true)).toEqual([
      { from: 'borgerservice', to: 'pension-care', count: 2 },
      { from: 'borgerservice', to: 'borgerservice', count: 1 },
      { from: 'borgerservice', to: 'social', count: 1 },
    ]);
    // A report on the social centre shows what came to it.
    expect(countTransfers(visits, unitOf, (from, to) => unitOf(from) === 'social' || unitOf(to) === 'social')).toEqual([
      { from: 'borgerservice', to: 'social', count: 1 },
    ]);
  });
});
