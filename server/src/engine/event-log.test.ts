import { describe, expect, it } from 'vitest';
import { createTestEngine } from './test-engine.js';

describe('the event log', () => {
  it('exports a day of events oldest first, without transfer notes', () => {
    const { engine, actor } = createTestEngine();
    const reception = actor('reception', 'borgerservice');
    engine.openCounter(reception, 'bs-6');
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callNext(reception, 'bs-6');
    engine.transfer(reception, ticket.id, { serviceId: 'pension', placement: 'original', note: 'Jens Hansen, widower' });
    const exported = engine.exportEvents('2026-11-24', '2026-11-24');
    expect(exported.map((event) => event.type)).toEqual(['counter.changed', 'ticket.issued', 'ticket.called', 'ticket.transferred']);
    expect(exported.map((event) => event.id)).toEqual([...exported.map((event) => event.id)].sort((a, b) => a - b));
    expect(JSON.stringify(exported)).not.toContain('Jens');
    expect(exported.at(-1)?.details).toMatchObject({ fromServiceId: 'information', toServiceId: 'pension', number: 'G1' });
    expect(engine.exportEvents('2026-11-25', '2026-11-26')).toEqual([]);
  });

  it('publishes each event after its transaction commits, with increasing ids', () => {
    const { engine } = createTestEngine();
    const seen: { id: number; type: string }[] = [];
    engine.onPublish((event) => seen.push({ id: event.id, type: event.type }));
    engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    expect(() => engine.issueTicket({ serviceId: 'no-such-service', lang: 'da' })).toThrow();
    engine.issueTicket({ serviceId: 'passport', lang: 'da' });
    expect(seen.map((event) => event.type)).toEqual(['ticket.issued', 'ticket.issued']);
    expect(seen[1]!.id).toBeGreaterThan(seen[0]!.id);
  });
});
