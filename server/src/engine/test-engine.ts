import { openMemoryDatabase } from '../data/database.js';
import { demoConfig } from '../seed/demo-config.js';
import { ManualClock } from './clock.js';
import { createEngine, type Engine, type EngineOptions } from './engine.js';
import type { Actor } from './permissions.js';

/** A Tuesday, 11:00 in Copenhagen. */
export const tuesdayMorning = '2026-11-24T10:00:00Z';

export type TestEngine = { engine: Engine; clock: ManualClock; actor(username: string, unitId: string | null, role?: Actor['role']): Actor };

/**
 * An engine on a fresh in-memory SQLite database built from the real migrations, with the demo
 * centre and a clock that only moves when the test says so.
 */
export function createTestEngine(options: { time?: string; config?: unknown; city?: EngineOptions['city']; sms?: boolean; publicUrl?: string } = {}): TestEngine {
  const clock = new ManualClock(new Date(options.time ?? tuesdayMorning).getTime());
  const engine = createEngine({
    db: openMemoryDatabase(),
    clock,
    initialConfig: options.config ?? demoConfig,
    ...(options.city && { city: options.city }),
    ...(options.sms && { sms: true }),
    ...(options.publicUrl && { publicUrl: options.publicUrl }),
  });
  let nextId = 1;
  return {
    engine,
    clock,
    actor(username, unitId, role = 'staff') {
      // Staff rows exist so transfers to a named person can find them.
      const id = engine.context.staff.insert({ username: `${username}-${nextId++}`, displayName: username, passwordHash: 'x', unitId, role }, clock.now());
      return { id, unitId, role, displayName: username };
    },
  };
}
