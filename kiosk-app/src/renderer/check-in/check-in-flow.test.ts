import { describe, expect, it } from 'vitest';
import type { Ticket } from '@dintur/shared';
import { outcomeOf } from './check-in-api.js';
import { checkInFlow, classifyScan, initialCheckIn, type CheckInAction, type CheckInState } from './check-in-flow.js';

const run = (actions: CheckInAction[], from: CheckInState = initialCheckIn) => actions.reduce(checkInFlow, from);
const keys = (code: string): CheckInAction[] => [...code].map((symbol) => ({ type: 'key', symbol }));

describe('reading what was scanned', () => {
  it('takes a booking code (any case), a link to a booking, or a health card’s CPR number', () => {
    expect(classifyScan('abcd2345')).toEqual({ kind: 'code', code: 'ABCD2345' });
    expect(classifyScan('https://tid.example.dk/book/ABCD2345')).toEqual({ kind: 'code', code: 'ABCD2345' });
    expect(classifyScan('2411801235')).toEqual({ kind: 'card', cpr: '2411801235' });
    expect(classifyScan('241180-1235')).toEqual({ kind: 'card', cpr: '2411801235' });
    expect(classifyScan(';220820812411801235100000001401122?')).toEqual({ kind: 'card', cpr: '2411801235' });
    expect(classifyScan('5701234567892')).toEqual({ kind: 'unreadable' }); // a shop's barcode
  });
});

describe('the check-in steps', () => {
  it('types only the code’s symbols, at most eight, with delete and clear', () => {
    expect(run([...keys('AB0C'), { type: 'key', symbol: 'O' }])).toEqual({ step: 'entering', code: 'ABC', problem: null });
    expect(run(keys('ABCDEFGHJK'))).toMatchObject({ code: 'ABCDEFGH' });
    expect(run([...keys('ABC'), { type: 'delete' }])).toMatchObject({ code: 'AB' });
    expect(run([...keys('ABC'), { type: 'clear' }])).toEqual(initialCheckIn);
  });

  it('asks for the whole code before checking, then checks', () => {
    expect(run([...keys('ABC'), { type: 'submit' }])).toEqual({ step: 'entering', code: 'ABC', problem: 'incomplete' });
    expect(run([...keys('ABCD2345'), { type: 'submit' }])).toEqual({ step: 'checking', code: 'ABCD2345', via: 'code' });
  });

  it('checks a scan at once, keeps a mistyped code to correct, and says when a card has no appointment', () => {
    const scanned = run([{ type: 'scan', scan: { kind: 'code', code: 'ABCD2345' } }]);
    expect(scanned).toEqual({ step: 'checking', code: 'ABCD2345', via: 'code' });
    expect(run([{ type: 'outcome', outcome: { kind: 'not-found' } }], scanned)).toEqual({ step: 'entering', code: 'ABCD2345', problem: 'not-found' });
    const card = run([{ type: 'scan', scan: { kind: 'card', cpr: '2411801235' } }]);
    expect(card).toEqual({ step: 'checking', code: '', via: 'card', cpr: '2411801235' });
    expect(run([{ type: 'outcome', outcome: { kind: 'not-found' } }], card)).toEqual({ step: 'entering', code: '', problem: 'not-found-card' });
    expect(run([{ type: 'scan', scan: { kind: 'unreadable' } }])).toMatchObject({ step: 'entering', problem: 'unreadable' });
  });

  it('says too early and too late, and starts over on "again" or a new scan', () => {
    const checking: CheckInState = { step: 'checking', code: 'ABCD2345', via: 'code' };
    const early = run([{ type: 'outcome', outcome: { kind: 'too-early', start: '2026-11-24T11:00:00Z', opensAt: '2026-11-24T10:30:00Z' } }], checking);
    expect(early).toMatchObject({ step: 'too-early', opensAt: '2026-11-24T10:30:00Z' });
    expect(run([{ type: 'again' }], early)).toEqual(initialCheckIn);
    const late = run([{ type: 'outcome', outcome: { kind: 'too-late', start: null } }], checking);
    expect(run([{ type: 'scan', scan: { kind: 'code', code: 'ZZZZ2222' } }], late)).toMatchObject({ step: 'checking', code: 'ZZZZ2222' });
  });
});

describe('the server’s answers', () => {
  const ticket: Ticket = {
    id: 1,
    number: 'A1',
    serviceId: 'passport',
    status: 'waiting',
    issuedAt: '2026-11-24T10:00:00.000Z',
    counterId: null,
    calledAt: null,
    lang: 'da',
    position: 1,
    estimatedWaitMinutes: 0,
    trackingCode: 'abcdefghjkmn',
    trackingUrl: '/t/abcdefghjkmn',
  };

  it('mean a ticket, too early, too late, not found, or nothing to check in', () => {
    expect(outcomeOf(201, { ...ticket, appointment: { code: 'ABCD2345', start: '2026-11-24T10:30:00.000Z', serviceId: 'passport' } })).toEqual({
      kind: 'ticket',
      ticket,
      appointmentAt: '2026-11-24T10:30:00.000Z',
    });
    expect(outcomeOf(409, { error: { code: 'invalid-state', message: 'x', details: { reason: 'too-early', start: 'S', opensAt: 'O' } } })).toEqual({ kind: 'too-early', start: 'S', opensAt: 'O' });
    expect(outcomeOf(409, { error: { code: 'invalid-state', message: 'x', details: { reason: 'too-late', start: 'S' } } })).toEqual({ kind: 'too-late', start: 'S' });
    expect(outcomeOf(409, { error: { code: 'invalid-state', message: 'The appointment is cancelled.' } })).toEqual({ kind: 'unavailable', message: 'The appointment is cancelled.' });
    expect(outcomeOf(404, { error: { code: 'not-found', message: 'x' } })).toEqual({ kind: 'not-found' });
    expect(outcomeOf(429, undefined)).toEqual({ kind: 'failed' });
    expect(outcomeOf(201, { nonsense: true })).toEqual({ kind: 'failed' });
  });
});
