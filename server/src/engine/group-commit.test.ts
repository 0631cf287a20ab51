import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../data/database.js';
import { demoConfig } from '../seed/demo-config.js';
import { ManualClock } from './clock.js';
import { createEngine } from './engine.js';
import { tuesdayMorning } from './test-engine.js';

describe('group commit when SQLite rolls the whole batch back', () => {
  it('acknowledges no ticket of a batch that a full database undid, and commits the writes after it', async () => {
    const db = openMemoryDatabase();
    const engine = createEngine({ db, clock: new ManualClock(Date.parse(tuesdayMorning)), initialConfig: demoConfig, groupCommit: true });
    await engine.durable();
    const take = () => engine.issueTicket({ serviceId: 'passport', lang: 'da', channel: 'kiosk' });

    // In one turn of the event loop: tickets taken, then one that finds the database full…
    const before = [take(), take()].map((ticket) => ({ ticket, stored: engine.durable().then(() => true, () => false) }));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let failure: unknown;
    for (let attempt = 0; attempt < 200 && failure === undefined; attempt += 1) {
      try {
        before.push({ ticket: take(), stored: engine.durable().then(() => true, () => false) });
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toMatchObject({ code: 'SQLITE_FULL' });
    // …and one after it, when there is room again.
    db.pragma('max_page_count = 1073741823');
    const after = take();
    const afterStored = engine.durable().then(() => true, () => false);

    expect(await Promise.all(before.map((write) => write.stored))).toEqual(before.map(() => false));
    expect(await afterStored).toBe(true);
    const codes = (db.prepare('SELECT tracking_code AS code FROM tickets').all() as { code: string }[]).map((row) => row.code);
    expect(codes).toEqual([after.trackingCode]);
    expect(engine.context.storageFailure()).toBeUndefined();
  });
});
