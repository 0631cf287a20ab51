import { describe, expect, it } from 'vitest';
import { createTestEngine } from './test-engine.js';
import { undoAllowanceMs } from './undo.js';

function counterAtWork() {
  const setup = createTestEngine();
  const clerk = setup.actor('clerk', 'borgerservice');
  const colleague = setup.actor('colleague', 'borgerservice');
  setup.engine.openCounter(clerk, 'bs-3');
  setup.engine.openCounter(colleague, 'bs-4');
  const published: string[] = [];
  setup.engine.onPublish((event) => published.push(event.type));
  return { ...setup, clerk, colleague, published };
}

const refusal = (code: string) => expect.objectContaining({ code });

describe('taking back a no-show or a finish (Fortryd)', () => {
  it('puts a no-show back as called at the same counter, and logs both the no-show and its undoing without names', () => {
    const { engine, clock, clerk, published } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.noShow(clerk, ticket.id);
    clock.advance(4_000);
    const restored = engine.undo(clerk, ticket.id);
    expect(restored).toMatchObject({ status: 'called', counterId: 'bs-3', finishedAt: null, outcome: null });
    const history = engine.getTicket(ticket.id).history;
    expect(history.map((event) => event.type)).toEqual(['ticket.issued', 'ticket.called', 'ticket.no-show', 'ticket.undone']);
    const undone = history.at(-1)!;
    expect(undone).toMatchObject({ staffId: clerk.id, counterId: 'bs-3' });
    expect(undone.details).toEqual({ number: ticket.number, serviceId: 'moving', undid: 'ticket.no-show', undoneEventId: history[2]!.id, status: 'called' });
    expect(JSON.stringify(undone.details)).not.toContain('clerk');
    expect(published.at(-1)).toBe('ticket.undone');
    // The visit goes on as if the key had not been pressed.
    engine.start(clerk, ticket.id);
    expect(engine.finish(clerk, ticket.id, 'resolved')).toMatchObject({ status: 'finished', outcome: 'resolved' });
  });

  it('puts a finished visit back as being served (or called, if never marked arrived), so another outcome can be chosen', () => {
    const { engine, clerk } = counterAtWork();
    const served = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.start(clerk, served.id);
    engine.finish(clerk, served.id, 'resolved');
    expect(engine.undo(clerk, served.id)).toMatchObject({ status: 'serving', outcome: null, startedAt: expect.any(String) });
    expect(engine.finish(clerk, served.id, 'needs-appointment')).toMatchObject({ outcome: 'needs-appointment' });

    const called = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.finish(clerk, called.id, 'referred');
    expect(engine.undo(clerk, called.id)).toMatchObject({ status: 'called', outcome: null });
  });

  it('is the person’s own: a colleague may not take it back', () => {
    const { engine, clerk, colleague } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.noShow(clerk, ticket.id);
    expect(() => engine.undo(colleague, ticket.id)).toThrow(refusal('forbidden'));
    expect(engine.getTicket(ticket.id).status).toBe('no-show');
  });

  it('lasts only seconds: after the window the no-show stands and nothing changes', () => {
    const { engine, clock, clerk } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.noShow(clerk, ticket.id);
    clock.advance(undoAllowanceMs + 1);
    expect(() => engine.undo(clerk, ticket.id)).toThrow(refusal('invalid-state'));
    expect(engine.getTicket(ticket.id).history.map((event) => event.type).at(-1)).toBe('ticket.no-show');
  });

  it('never puts a second visit at a counter: once the next citizen is called, the no-show stands', () => {
    const { engine, clerk } = counterAtWork();
    const first = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    const second = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.noShow(clerk, first.id);
    expect(engine.callNext(clerk, 'bs-3')?.id).toBe(second.id);
    expect(() => engine.undo(clerk, first.id)).toThrow(refusal('ticket-in-progress'));
    // "Next" finished the second visit as resolved and called nobody: that finish can be taken back.
    engine.start(clerk, second.id);
    expect(engine.callNext(clerk, 'bs-3')).toBeNull();
    expect(engine.undo(clerk, second.id)).toMatchObject({ status: 'serving' });
  });

  it('needs the person still at the counter, and only the latest change of the ticket', () => {
    const { engine, clerk } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    expect(() => engine.undo(clerk, ticket.id)).toThrow(refusal('invalid-state'));
    engine.noShow(clerk, ticket.id);
    engine.closeCounter(clerk, 'bs-3');
    expect(() => engine.undo(clerk, ticket.id)).toThrow(refusal('not-at-counter'));
    expect(() => engine.undo(clerk, 999)).toThrow(refusal('not-found'));

    engine.openCounter(clerk, 'bs-3');
    expect(engine.undo(clerk, ticket.id).status).toBe('called');
    // An undoing is not itself undone.
    expect(() => engine.undo(clerk, ticket.id)).toThrow(refusal('invalid-state'));
  });

  it('takes an undone finish out of the statistics: the visit counts once, with the outcome it got in the end', async () => {
    const { engine, clerk } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'moving', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.start(clerk, ticket.id);
    engine.finish(clerk, ticket.id, 'resolved');
    engine.undo(clerk, ticket.id);
    engine.finish(clerk, ticket.id, 'not-resolved');
    const { total } = await engine.statistics({ from: '2026-11-24', to: '2026-11-24' });
    expect(total).toMatchObject({ issued: 1, served: 1, noShows: 0, unfinished: 0 });
    expect(total.outcomes).toMatchObject({ 'not-resolved': 1, resolved: 0 });
  });
});

describe('a repeat call', () => {
  it('is counted per call: a visit recalled twice and transferred starts again at nought at the next unit', () => {
    const { engine, clerk, actor } = counterAtWork();
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callNext(clerk, 'bs-3');
    engine.recall(clerk, ticket.id);
    expect(engine.recall(clerk, ticket.id).recallCount).toBe(2);
    engine.transfer(clerk, ticket.id, { serviceId: 'housing-benefit', placement: 'original' });
    const pensions = actor('poul', 'pension-care');
    engine.openCounter(pensions, 'po-7');
    expect(engine.callNext(pensions, 'po-7')).toMatchObject({ id: ticket.id, recallCount: 0 });
    expect(engine.recall(pensions, ticket.id).recallCount).toBe(1);
  });
});
