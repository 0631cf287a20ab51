import { describe, expect, it } from 'vitest';
import type { Ticket } from '@dintur/shared';
import { initialKioskState, isPristine, kioskFlow, type KioskAction, type KioskState } from './kiosk-flow.js';

const ticket = {
  id: 1,
  number: 'A1',
  serviceId: 'passport',
  status: 'waiting',
  issuedAt: '2026-11-24T10:00:00.000Z',
  counterId: null,
  calledAt: null,
  lang: 'da',
  position: 1,
  estimatedWaitMinutes: 6,
  trackingCode: 'k7m2p9q4r8st',
  trackingUrl: '/t/k7m2p9q4r8st',
} satisfies Ticket;

const run = (...actions: KioskAction[]): KioskState => actions.reduce((state, action) => kioskFlow(state, action, 'da'), initialKioskState('da'));

describe('the kiosk flow', () => {
  it('gives a ticket in two taps after start: "Take a number", then the service', () => {
    const state = run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'passport', selfServiceUrl: null });
    expect(state.screen).toEqual({ name: 'issuing', serviceId: 'passport' });
    expect(kioskFlow(state, { type: 'issued', ticket }, 'da').screen).toEqual({ name: 'ticket', ticket, print: 'printing', appointmentAt: null });
  });

  it('offers the self-service route first for a service that can be done online, then a number if wanted', () => {
    const offered = run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'moving', selfServiceUrl: 'https://www.borger.dk/flytning' });
    expect(offered.screen).toEqual({ name: 'self-service', serviceId: 'moving', chosen: false });
    expect(kioskFlow(offered, { type: 'choose-ticket-anyway' }, 'da').screen).toEqual({ name: 'issuing', serviceId: 'moving' });
    expect(kioskFlow(offered, { type: 'choose-online' }, 'da').screen).toEqual({ name: 'self-service', serviceId: 'moving', chosen: true });
  });

  it('records what came of printing on the ticket screen', () => {
    const printed = run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'passport', selfServiceUrl: null }, { type: 'issued', ticket }, { type: 'printed', outcome: 'printer-problem' });
    expect(printed.screen).toMatchObject({ name: 'ticket', print: 'printer-problem' });
  });

  it('never drops a ticket that arrives, wherever the citizen is', () => {
    const elsewhere = run({ type: 'take-number' }, { type: 'back' }, { type: 'issued', ticket });
    expect(elsewhere.screen).toMatchObject({ name: 'ticket', ticket });
  });

  it('goes back one step: services to start, self-service and a failure to the services', () => {
    expect(run({ type: 'take-number' }, { type: 'back' }).screen).toEqual({ name: 'start' });
    expect(run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'moving', selfServiceUrl: 'https://x.dk' }, { type: 'back' }).screen).toEqual({ name: 'services' });
    const failed = run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'passport', selfServiceUrl: null }, { type: 'issue-failed', reason: 'closed' });
    expect(failed.screen).toEqual({ name: 'issue-failed', serviceId: 'passport', reason: 'closed' });
    expect(kioskFlow(failed, { type: 'back' }, 'da').screen).toEqual({ name: 'services' });
  });

  it('answers a closed service with what can be done instead, and goes back to the services from there', () => {
    const closed = run({ type: 'take-number' }, { type: 'choose-closed-service', serviceId: 'passport' });
    expect(closed.screen).toEqual({ name: 'service-closed', serviceId: 'passport' });
    expect(kioskFlow(closed, { type: 'back' }, 'da').screen).toEqual({ name: 'services' });
    const start = initialKioskState('da');
    expect(kioskFlow(start, { type: 'choose-closed-service', serviceId: 'passport' }, 'da')).toBe(start);
  });

  it('has no way back from a ticket or while it is being taken', () => {
    const issuing = run({ type: 'take-number' }, { type: 'choose-service', serviceId: 'passport', selfServiceUrl: null });
    expect(kioskFlow(issuing, { type: 'back' }, 'da')).toBe(issuing);
    const shown = kioskFlow(issuing, { type: 'issued', ticket }, 'da');
    expect(kioskFlow(shown, { type: 'back' }, 'da')).toBe(shown);
  });

  it('opens the appointment check-in, with the scan that opened it', () => {
    expect(run({ type: 'appointment', scan: 'APPT7QX2' }).screen).toEqual({ name: 'check-in', scan: 'APPT7QX2' });
    expect(run({ type: 'appointment' }, { type: 'take-number' }).screen).toEqual({ name: 'services' });
  });

  it('keeps language and modes while the citizen goes on, and clears them all for the next citizen', () => {
    const chosen = run({ type: 'set-language', lang: 'ar' }, { type: 'toggle-reach' }, { type: 'toggle-large-text' }, { type: 'take-number' });
    expect(chosen).toMatchObject({ lang: 'ar', reach: true, largeText: true, screen: { name: 'services' } });
    expect(isPristine(chosen, 'da')).toBe(false);
    const next = kioskFlow(chosen, { type: 'next-citizen' }, 'da');
    expect(next).toEqual(initialKioskState('da'));
    expect(isPristine(next, 'da')).toBe(true);
  });

  it('counts a language or mode changed on the start screen as a citizen’s trace', () => {
    expect(isPristine(run({ type: 'set-language', lang: 'en' }), 'da')).toBe(false);
    expect(isPristine(run({ type: 'toggle-reach' }), 'da')).toBe(false);
  });

  it('ignores a service chosen where no services are shown', () => {
    const start = initialKioskState('da');
    expect(kioskFlow(start, { type: 'choose-service', serviceId: 'passport', selfServiceUrl: null }, 'da')).toBe(start);
  });
});
