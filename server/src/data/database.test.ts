import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, MigrationError, openMemoryDatabase } from './database.js';

describe('the database', () => {
  it('keeps the event log append-only', () => {
    const db = openMemoryDatabase();
    db.prepare(`INSERT INTO events (id, at, type, details, payload) VALUES (1, 0, 'ticket.issued', '{}', 'null')`).run();
    expect(() => db.prepare(`UPDATE events SET type = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
  });

  it('refuses a database that is ahead of this version', () => {
    const db = openMemoryDatabase();
    db.prepare(`INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (999, '999-future.sql', 'x', 0)`).run();
    expect(() => migrate(db)).toThrow(MigrationError);
    expect(() => migrate(db)).toThrow(/999-future\.sql/);
  });

  it('refuses a database whose applied migration differs from the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dintur-migrations-'));
    try {
      writeFileSync(path.join(dir, '001-first.sql'), 'CREATE TABLE a (x INTEGER);');
      const db = openMemoryDatabase();
      const fresh = new (db.constructor as new (file: string) => typeof db)(':memory:');
      migrate(fresh, loadMigrations(dir));
      writeFileSync(path.join(dir, '001-first.sql'), 'CREATE TABLE a (x TEXT);');
      expect(() => migrate(fresh, loadMigrations(dir))).toThrow(/out of step/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
