import { describe, expect, it } from 'vitest';
import { createTestEngine } from './test-engine.js';

/** The waits the centre answer (kiosks and displays) gives a newcomer to the service. */
function centreWait(engine: ReturnType<typeof createTestEngine>['engine'], serviceId: string) {
  return engine.centre().services.find((service) => service.id === serviceId)?.estimatedWaitMinutes;
}

describe('estimated waits as citizens meet them', () => {
  it('right after a counter opens whose other queues are empty, counts it whole: 2 passports waiting is 24 minutes, not 90', () => {
    const { engine, actor } = createTestEngine();
    const waiting = [1, 2].map(() => engine.issueTicket({ serviceId: 'passport', lang: 'da' }));
    // Skranke 1 calls passport (weight 2), driving licence (2) and passport collection (1): 2/5 of it by its weights.
    engine.openCounter(actor('clerk', 'borgerservice'), 'bs-1');
    // The first is called at the next press, the second after one 12-minute passport, a newcomer after two.
    expect(waiting.map((ticket) => engine.track(ticket.trackingCode).estimatedWaitMinutes)).toEqual([0, 12]);
    expect(centreWait(engine, 'passport')).toBe(24);
    expect(engine.issueTicket({ serviceId: 'passport', lang: 'da' }).estimatedWaitMinutes).toBe(24);
  });

  it('shares a counter only with the queues that have someone waiting, in the order the counter will call them', () => {
    const { engine, actor } = createTestEngine();
    engine.openCounter(actor('clerk', 'borgerservice'), 'bs-3'); // health card, moving ×2 (7 min), MitID, information ×1 (4 min)
    for (let count = 0; count < 3; count += 1) engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    expect(centreWait(engine, 'moving')).toBe(21); // whole for moving: its other queues are empty
    const { engine: shared, clock: sharedClock, actor: sharedActor } = createTestEngine();
    shared.openCounter(sharedActor('clerk', 'borgerservice'), 'bs-3');
    for (let count = 0; count < 3; count += 1) shared.issueTicket({ serviceId: 'information', lang: 'da' });
    sharedClock.advanceMinutes(10);
    for (let count = 0; count < 3; count += 1) shared.issueTicket({ serviceId: 'moving', lang: 'da' });
    // The three questions have waited 10 minutes: weight × wait ÷ minutes puts them first (12 minutes), then the moves.
    expect(centreWait(shared, 'moving')).toBe(33);
  });

  it('says nothing (null) while no counter that may serve the service is open, rather than a time nobody keeps', () => {
    const { engine, actor } = createTestEngine();
    const tickets = [1, 2, 3].map(() => engine.issueTicket({ serviceId: 'pension', lang: 'da' }));
    expect(tickets.map((ticket) => ticket.estimatedWaitMinutes)).toEqual([null, null, null]);
    engine.openCounter(actor('clerk', 'borgerservice'), 'bs-1'); // open, but calls no pension
    // Skranke 7 calls pension, but a social worker there may not decide a pension-care matter.
    engine.openCounter(actor('social worker', 'social-centre'), 'po-7');
    expect(centreWait(engine, 'pension')).toBeNull();
    expect(engine.track(tickets[2]!.trackingCode)).toMatchObject({ position: 3, estimatedWaitMinutes: null });
    expect(engine.issueTicket({ serviceId: 'pension', lang: 'da' }).estimatedWaitMinutes).toBeNull();

    const officer = actor('officer', 'pension-care');
    engine.openCounter(officer, 'po-8');
    expect(centreWait(engine, 'pension')).toBeGreaterThan(0);
    engine.pauseCounter(officer, 'po-8', 'lunch');
    expect(centreWait(engine, 'pension')).toBeNull(); // a pause has no known end
  });

  it('never tells someone with people before them 0 minutes', () => {
    const { engine, actor } = createTestEngine();
    engine.openCounter(actor('first', 'borgerservice'), 'bs-1');
    engine.openCounter(actor('second', 'borgerservice'), 'bs-2');
    const first = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    // Two idle counters: the first is called at the next press (0), the second with it, but one is ahead.
    expect(first.estimatedWaitMinutes).toBe(0);
    const second = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    expect(second).toMatchObject({ position: 2, estimatedWaitMinutes: 1 });
  });

  it('counts what the visit at the counter still needs, and never more than all the work waiting there', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-1');
    const current = engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    engine.callNext(clerk, 'bs-1');
    engine.start(clerk, current.id);
    engine.issueTicket({ serviceId: 'passport-pickup', lang: 'da' });
    // Without history a visit in progress needs a whole mean visit more (12), then a 3-minute collection.
    expect(centreWait(engine, 'passport')).toBe(15);
    clock.advanceMinutes(5);
    expect(centreWait(engine, 'passport')).toBe(15);
  });

  it('counts due appointments of the service, which go first, within the wait', () => {
    const { engine, clock, actor } = createTestEngine();
    engine.openCounter(actor('clerk', 'borgerservice'), 'bs-3'); // takes moving appointments
    for (let count = 0; count < 2; count += 1) engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    expect(centreWait(engine, 'moving')).toBe(14);
    engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 5 * 60_000 });
    // Due before the newcomer's turn: one more 7-minute visit ahead of them.
    expect(centreWait(engine, 'moving')).toBe(21);
  });
});

describe('a checked-in appointment’s wait', () => {
  it('is 0 when a counter of its service has nothing else to do, as it is called at once', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-3');
    const booked = engine.issueTicket({ serviceId: 'moving', lang: 'da', appointmentAt: clock.now() + 25 * 60_000 });
    expect(booked.estimatedWaitMinutes).toBe(0);
    expect(engine.callNext(clerk, 'bs-3')?.number).toBe(booked.number);
  });

  it('is the time until it is due when the counters are busy with walk-ins until then', () => {
    const { engine, clock, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-1');
    engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    engine.callNext(clerk, 'bs-1'); // busy for about 12 minutes
    for (let count = 0; count < 4; count += 1) engine.issueTicket({ serviceId: 'passport-pickup', lang: 'da' });
    const booked = engine.issueTicket({ serviceId: 'passport', lang: 'da', appointmentAt: clock.now() + 20 * 60_000 });
    // Free at 12, collections at 12 and 15 (the booked time is not yet within their 3 minutes), then due at 18.
    expect(booked.estimatedWaitMinutes).toBe(18);
    expect(engine.track(booked.trackingCode)).toMatchObject({ position: 1, estimatedWaitMinutes: 18 });
  });
});
