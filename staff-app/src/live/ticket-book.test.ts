import { describe, expect, it } from 'vitest';
import { staffTicket } from '@dintur/shared/test-tickets';
import { applyPublicTicket, applyTicket, applyTicketList, byQueueOrder, waitingSince } from './ticket-book.js';

describe('the book of tickets in play', () => {
  it('takes a full list, but keeps tickets that changed after the list was asked for', () => {
    const called = staffTicket(2, { status: 'called', counterId: 'bs-1' });
    const book = new Map([[2, called]]);
    const list = [staffTicket(1), staffTicket(2), staffTicket(3, { status: 'finished' })];
    const next = applyTicketList(book, list, new Set([2]));
    expect([...next.keys()].sort()).toEqual([1, 2]);
    expect(next.get(2)).toBe(called);
  });

  it('forgets a ticket that changed and then left play before the list came', () => {
    const next = applyTicketList(new Map(), [staffTicket(1)], new Set([1]));
    expect(next.size).toBe(0);
  });

  it('keeps a ticket in play and drops one that is over', () => {
    const book = applyTicket(new Map(), staffTicket(1));
    expect(book.has(1)).toBe(true);
    expect(applyTicket(book, staffTicket(1, { status: 'no-show' })).has(1)).toBe(false);
  });

  it('applies the public part of an event at once, keeping the staff details until they are fetched', () => {
    const book = new Map([[1, staffTicket(1, { transferNote: 'har papirerne med' })]]);
    const next = applyPublicTicket(book, { id: 1, number: 'A1', serviceId: 'passport', status: 'called', issuedAt: '2026-11-24T10:00:00.000Z', counterId: 'bs-2', calledAt: '2026-11-24T10:20:00.000Z' });
    expect(next.get(1)).toMatchObject({ status: 'called', counterId: 'bs-2', transferNote: 'har papirerne med' });
    const gone = applyPublicTicket(next, { ...next.get(1)!, status: 'finished' });
    expect(gone.has(1)).toBe(false);
    // An unknown ticket waits for its fetch rather than appear half-known.
    expect(applyPublicTicket(new Map(), { ...staffTicket(9) })).toEqual(new Map());
  });

  it('measures a wait from the issue time, or from the booked time of an appointment checked in early', () => {
    expect(waitingSince(staffTicket(1))).toBe(Date.parse('2026-11-24T10:00:00.000Z'));
    expect(waitingSince(staffTicket(1, { appointmentAt: '2026-11-24T10:30:00.000Z' }))).toBe(Date.parse('2026-11-24T10:30:00.000Z'));
    expect(waitingSince(staffTicket(1, { appointmentAt: '2026-11-24T09:30:00.000Z' }))).toBe(Date.parse('2026-11-24T10:00:00.000Z'));
  });

  it('orders a queue by place, then by id', () => {
    const tickets = [staffTicket(3, { queuedAt: '2026-11-24T10:05:00.000Z' }), staffTicket(2), staffTicket(1)];
    expect(tickets.sort(byQueueOrder).map((item) => item.id)).toEqual([1, 2, 3]);
  });
});
