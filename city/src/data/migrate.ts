import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { id: number; name: string; sql: string; checksum: string };

/** The numbered SQL files of `migrations/`, in order. */
export function loadMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return { id: Number(file.slice(0, 3)), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export class MigrationError extends Error {}

/**
 * Applies the migrations the database has not seen, each in its own transaction, and refuses a
 * database that is ahead of the files or whose applied migrations differ from them. A lock keeps
 * two hubs starting on one server from migrating at once.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<void> {
  await db.transaction(async (transaction) => {
    // Any 64-bit number of our own: "dintur" in ASCII.
    await transaction.query('SELECT pg_advisory_xact_lock(110640182474098)');
    await transaction.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)`);
    const applied = await transaction.query<{ id: number; name: string; checksum: string }>('SELECT id, name, checksum FROM schema_migrations ORDER BY id');
    for (const [index, row] of applied.entries()) {
      const file = migrations[index];
      if (!file) {
        throw new MigrationError(`The database has migration ${row.name}, which this version of the dintur hub does not know: it is newer than this hub.`);
      }
      if (file.id !== row.id || file.checksum !== row.checksum) {
        throw new MigrationError(`Migration ${row.name} in the database differs from ${file.name} on disk: out of step.`);
      }
    }
    for (const migration of migrations.slice(applied.length)) {
      await transaction.query('SAVEPOINT migration');
      for (const statement of splitStatements(migration.sql)) await transaction.query(statement);
      await transaction.query('INSERT INTO schema_migrations (id, name, checksum, applied_at) VALUES ($1, $2, $3, $4)', [
        migration.id,
        migration.name,
        migration.checksum,
        Date.now(),
      ]);
      await transaction.query('RELEASE SAVEPOINT migration');
    }
  });
}

/**
 * The statements of a migration, split at semicolons that end a line outside dollar-quoted
 * bodies (functions), since a parameterised query runs one statement at a time.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollarQuote = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && current.trim() === '') continue;
    current += `${line}\n`;
    const dollars = line.match(/\$\$/g)?.length ?? 0;
    if (dollars % 2 === 1) inDollarQuote = !inDollarQuote;
    if (!inDollarQuote && /;\s*$/.test(line)) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements;
}
