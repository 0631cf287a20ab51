import { describe, expect, it } from 'vitest';
import { demoConfig } from '../seed/demo-config.js';
import { createTestEngine } from './test-engine.js';

describe('call next', () => {
  it('calls the longest-waiting ticket of the counter’s services, weighted by the counter profile', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3'); // health-card ×2, moving ×2, mitid ×1, information ×1
    const info = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    clock.advanceMinutes(4);
    const moving = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    clock.advanceMinutes(3);
    // information 7 min × 1 / 4 = 1.75; moving 3 min × 2 / 7 = 0.86: information first.
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(info.number);
    clock.advanceMinutes(1);
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(moving.number);
    expect(engine.callNext(clerk, 'bs-3')).toBeNull();
  });

  it('prefers a quick matter to a slower one that has waited about as long (cμ)', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3'); // moving ×2 (7 min), health card ×2 (6 min)
    engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    clock.advanceMinutes(1);
    const healthCard = engine.issueTicket({ serviceId: 'health-card', lang: 'da' });
    clock.advanceMinutes(9);
    // moving 10 × 2 / 7 = 2.86 against health card 9 × 2 / 6 = 3.0
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(healthCard.number);
  });

  it('lets the counter profile’s double weight win over a quicker matter', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3'); // information ×1 (4 min), health card ×2 (6 min)
    engine.issueTicket({ serviceId: 'information', lang: 'da' });
    clock.advanceMinutes(1);
    const healthCard = engine.issueTicket({ serviceId: 'health-card', lang: 'da' });
    clock.advanceMinutes(9);
    // information 10 × 1 / 4 = 2.5 against health card 9 × 2 / 6 = 3.0
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(healthCard.number);
  });

  it('calls oldest first within a service and on equal weighted waits', () => {
    const { engine, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const first = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    const second = engine.issueTicket({ serviceId: 'health-card', lang: 'da' });
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(first.number);
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(second.number);
  });

  it('finishes the ticket the counter holds as resolved before calling the next', () => {
    const { engine, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const first = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.start(clerk, first.id);
    engine.callNext(clerk, 'bs-3');
    const finished = engine.getTicket(first.id);
    expect(finished.status).toBe('finished');
    expect(finished.outcome).toBe('resolved');
    expect(finished.history.map((event) => event.type)).toEqual(['ticket.issued', 'ticket.called', 'ticket.started', 'ticket.finished']);
  });

  it('calls a ticket transferred to this counter before the general queue', () => {
    const { engine, clock, actor } = createTestEngine();
    const reception = actor('reception', 'borgerservice');
    const pensionOfficer = actor('officer', 'pension-care');
    engine.openCounter(reception, 'bs-6');
    engine.openCounter(pensionOfficer, 'po-8');
    const older = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    clock.advanceMinutes(10);
    const visit = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callTicket(reception, visit.id, 'bs-6');
    engine.transfer(reception, visit.id, { serviceId: 'housing-benefit', placement: 'back', note: 'Needs help with the form', counterId: 'po-8' });
    const called = engine.callNext(pensionOfficer, 'po-8');
    expect(called?.number).toBe(visit.number);
    expect(called?.transferNote).toBe('Needs help with the form');
    expect(engine.callNext(pensionOfficer, 'po-8')?.number).toBe(older.number);
  });

  it('keeps a ticket reserved for a counter from other counters only while that counter is open', () => {
    const { engine, actor } = createTestEngine();
    const manager = actor('manager', 'pension-care', 'manager');
    const colleague = actor('colleague', 'pension-care');
    engine.openCounter(manager, 'po-8');
    engine.openCounter(colleague, 'po-7');
    const ticket = engine.issueTicket({ serviceId: 'pension', lang: 'da' });
    engine.transfer(manager, ticket.id, { serviceId: 'pension', placement: 'original', counterId: 'po-8' });
    expect(engine.callNext(colleague, 'po-7')).toBeNull();
    engine.closeCounter(manager, 'po-8');
    expect(engine.callNext(colleague, 'po-7')?.number).toBe(ticket.number);
  });

  it('calls a checked-in appointment when it is due, before walk-ins who waited longer', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const walkIn = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    const appointment = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 20 * 60_000 });
    clock.advanceMinutes(10);
    const laterWalkIn = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    // Not yet due: walk-ins first.
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(walkIn.number);
    clock.advanceMinutes(9); // two minutes before the booked time: due
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(appointment.number);
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(laterWalkIn.number);
  });

  it('never hands the same ticket to two counters', () => {
    const { engine, actor } = createTestEngine();
    const clerks = ['bs-3', 'bs-4', 'bs-5'].map((counterId, index) => {
      const clerk = actor(`clerk${index}`, 'borgerservice');
      engine.openCounter(clerk, counterId);
      return { clerk, counterId };
    });
    for (let i = 0; i < 30; i += 1) engine.issueTicket({ serviceId: 'information', lang: 'da' });
    const called: string[] = [];
    for (let round = 0; round < 12; round += 1) {
      for (const { clerk, counterId } of clerks) {
        const ticket = engine.callNext(clerk, counterId);
        if (ticket) called.push(ticket.number);
      }
    }
    expect(called).toHaveLength(30);
    expect(new Set(called).size).toBe(30);
  });

  it('refuses to call at a counter the person is not signed in at', () => {
    const { engine, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    const other = actor('other', 'borgerservice');
    expect(() => engine.callNext(clerk, 'bs-3')).toThrow(expect.objectContaining({ code: 'counter-closed' }));
    engine.openCounter(other, 'bs-3');
    expect(() => engine.callNext(clerk, 'bs-3')).toThrow(expect.objectContaining({ code: 'counter-occupied' }));
  });

  it('ends a pause when the person calls the next ticket', () => {
    const { engine, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    engine.pauseCounter(clerk, 'bs-3', 'lunch');
    expect(engine.centre().counters.find((counter) => counter.id === 'bs-3')?.pauseReason).toBe('lunch');
    engine.callNext(clerk, 'bs-3');
    expect(engine.centre().counters.find((counter) => counter.id === 'bs-3')?.status).toBe('open');
  });
});

describe('appointments among walk-ins', () => {
  it('calls a checked-in appointment early rather than start a walk-in that would run past its time', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-1'); // passport: 12 minutes
    const walkIn = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    clock.advanceMinutes(5);
    const booked = engine.issueTicket({ serviceId: 'passport', lang: 'da', appointmentAt: clock.now() + 8 * 60_000 });
    // Due in 8 minutes, and the walk-in's visit takes about 12: the booked citizen goes first.
    expect(engine.callNext(clerk, 'bs-1')?.number).toBe(booked.number);
    expect(engine.callNext(clerk, 'bs-1')?.number).toBe(walkIn.number);
  });

  it('keeps a counter busy with an early appointment when nothing else waits', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const booked = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 45 * 60_000 });
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(booked.number);
  });
});

describe('appointments at the counters that take them', () => {
  /** The demo centre with passport appointments at Skranke 1 only, called 5 minutes ahead. */
  const config = {
    ...demoConfig,
    appointments: {
      ...demoConfig.appointments,
      services: { passport: { lengthMinutes: 15, counterIds: ['bs-1'], walkInShare: 0.5, callMarginMinutes: 5 } },
    },
  };

  it('calls a due appointment first only at a counter that takes the service’s appointments, from its own margin', () => {
    const { engine, clock, actor } = createTestEngine({ config });
    const taking = actor('taking', 'borgerservice');
    const other = actor('other', 'borgerservice');
    engine.openCounter(taking, 'bs-1');
    engine.openCounter(other, 'bs-2');
    // Quick walk-ins (collecting a passport, 3 minutes), so a long visit does not make the appointment due early.
    const walkIns = [1, 2, 3].map(() => engine.issueTicket({ serviceId: 'passport-pickup', lang: 'da' }));
    const booked = engine.issueTicket({ serviceId: 'passport', lang: 'da', appointmentAt: clock.now() + 16 * 60_000 });
    clock.advanceMinutes(10); // 6 minutes before the time: not yet within the 5-minute margin
    expect(engine.callNext(taking, 'bs-1')?.number).toBe(walkIns[0]!.number);
    clock.advanceMinutes(2); // 4 minutes before: due, but only where appointments are taken
    expect(engine.callNext(other, 'bs-2')?.number).toBe(walkIns[1]!.number);
    expect(engine.callNext(taking, 'bs-1')?.number).toBe(booked.number);
    expect(engine.callNext(other, 'bs-2')?.number).toBe(walkIns[2]!.number);
  });

  it('lets another counter of the service take an appointment like a walk-in who came at the booked time', () => {
    const { engine, clock, actor } = createTestEngine({ config });
    const other = actor('other', 'borgerservice');
    engine.openCounter(other, 'bs-2');
    const booked = engine.issueTicket({ serviceId: 'passport', lang: 'da', appointmentAt: clock.now() + 5 * 60_000 });
    clock.advanceMinutes(10);
    const walkIn = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    clock.advanceMinutes(1);
    // Skranke 1 is closed: the booked citizen, in the queue since the booked time, goes before the later walk-in.
    expect(engine.callNext(other, 'bs-2')?.number).toBe(booked.number);
    expect(engine.callNext(other, 'bs-2')?.number).toBe(walkIn.number);
  });
});

describe('a booked citizen sent on to another service', () => {
  it('does not go before that service’s own appointment that is due, nor count as one', () => {
    const { engine, clock, actor } = createTestEngine();
    const reception = actor('reception', 'borgerservice');
    const care = actor('care', 'pension-care');
    engine.openCounter(reception, 'bs-3');
    // Booked for moving at 10:15, checked in at 10:00 and called early; booked for home help at 10:20.
    const moving = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 15 * 60_000 });
    const homeHelp = engine.issueTicket({ serviceId: 'home-help', lang: 'da', appointmentAt: clock.now() + 20 * 60_000 });
    expect(engine.callNext(reception, 'bs-3')?.number).toBe(moving.number);
    clock.advanceMinutes(5);
    engine.transfer(reception, moving.id, { serviceId: 'home-help', placement: 'original' });
    clock.advanceMinutes(14); // 10:19: the home-help appointment is due at Skranke 8, which takes them
    engine.openCounter(care, 'po-8');
    expect(engine.callNext(care, 'po-8')?.number).toBe(homeHelp.number);
    expect(engine.callNext(care, 'po-8')?.number).toBe(moving.number);
  });
});
