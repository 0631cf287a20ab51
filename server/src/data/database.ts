import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export type Db = Database.Database;

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { id: number; name: string; sql: string; checksum: string };

/** The numbered SQL files of `migrations/`, in order. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return {
        id: Number(file.slice(0, 3)),
        name: file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export class MigrationError extends Error {}

/**
 * Applies the migrations the database has not seen, each in its own transaction, and refuses
 * a database that is ahead of the files or whose applied migrations differ from them.
 */
export function migrate(db: Db, migrations = loadMigrations()): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
  const applied = db.prepare('SELECT id, name, checksum FROM schema_migrations ORDER BY id').all() as Migration[];
  for (const [index, row] of applied.entries()) {
    const file = migrations[index];
    if (!file) {
      throw new MigrationError(
        `The database has migration ${row.name}, which this version of dintur does not know: it is newer than this server.`,
      );
    }
    if (file.id !== row.id || file.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${row.name} in the database differs from ${file.name} on disk: out of step.`);
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const migration of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.id, migration.name, migration.checksum, Date.now());
    })();
  }
}

/**
 * Opens (or creates) the centre's database. WAL lets readers run beside the writer; with
 * `synchronous = FULL` each commit is on disk before the API answers, so an acknowledged
 * ticket survives a crash of the process or of the machine.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/** A fresh in-memory database from the real migrations, for tests and simulations. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
