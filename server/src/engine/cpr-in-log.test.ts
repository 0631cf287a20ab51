import { describe, expect, it } from 'vitest';
import { containsCpr, cprRemoved } from '@dintur/shared';
import { createTestEngine } from './test-engine.js';

describe('a CPR number that gets past the schemas', () => {
  it('is blanked before the counter state, the append-only log, the stream, the centre view and the export', () => {
    const { engine, actor } = createTestEngine();
    const published: unknown[] = [];
    engine.onPublish((event) => published.push(event));
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-6');
    // The HTTP schema refuses this reason (400); the engine's own guard is the last line.
    const paused = engine.pauseCounter(clerk, 'bs-6', 'Ringer til 06.06.06\u20111234');
    expect(paused.pauseReason).toBe(cprRemoved);

    const log = engine.db.prepare('SELECT details, payload FROM events').all();
    expect(JSON.stringify(log)).toContain(cprRemoved);
    for (const [where, value] of [
      ['the log', log],
      ['the counter state', engine.db.prepare('SELECT * FROM counter_state').all()],
      ['the stream', published],
      ['the replay', engine.publishedAfter(0, 100)],
      ['the export', engine.exportEvents('2026-11-24', '2026-11-24')],
    ] as const) {
      expect(containsCpr(JSON.stringify(value)), where).toBe(false);
      expect(JSON.stringify(value), where).not.toContain('Ringer til');
    }
  });

  it('is blanked in a transfer note before the ticket and the log keep it', () => {
    const { engine, actor } = createTestEngine();
    const reception = actor('reception', 'borgerservice');
    engine.openCounter(reception, 'bs-6');
    const ticket = engine.issueTicket({ serviceId: 'information', lang: 'da' });
    engine.callNext(reception, 'bs-6');
    engine.transfer(reception, ticket.id, { serviceId: 'pension', placement: 'original', note: 'Borger O1O19O-1234' });
    const stored = JSON.stringify([engine.db.prepare('SELECT * FROM tickets').all(), engine.db.prepare('SELECT * FROM events').all()]);
    expect(containsCpr(stored)).toBe(false);
    expect(stored).toContain(cprRemoved);
  });

  it('leaves ordinary free text as it was', () => {
    const { engine, actor } = createTestEngine();
    const clerk = actor('clerk', 'borgerservice');
    engine.openCounter(clerk, 'bs-6');
    expect(engine.pauseCounter(clerk, 'bs-6', 'Møde 10.30-11.00, lokale 12').pauseReason).toBe('Møde 10.30-11.00, lokale 12');
  });
});
