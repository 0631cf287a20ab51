import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * Why the server will not run on a database: said plainly at start with the file and what to do,
 * never as a stack trace (docs/DECISIONS.md, "Damaged databases, full disks and clocks that jump").
 */
export class DatabaseRefusal extends Error {}

/** What a failed SQLite call says about the storage under it, or undefined for any other error. */
export type StorageFailure = { kind: 'full' | 'read-only' | 'damaged' | 'unavailable'; code: string };

/** Classifies an error of better-sqlite3 by its extended result code (`SQLITE_FULL`, `SQLITE_READONLY_…`). */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined;
  const code = error.code;
  if (code === 'SQLITE_FULL') return { kind: 'full', code };
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) return { kind: 'read-only', code };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { kind: 'damaged', code };
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return { kind: 'unavailable', code };
  return undefined;
}

export type OpenOptions = {
  /**
   * Files of the data directory that only a centre that has run before holds (its keys). Beside
   * them a missing or empty database is refused: it was lost or not restored, and seeding the
   * demo centre and a new admin over it would hide that.
   */
  stateBeside?: string[];
};

const restoreAdvice =
  'Stop the server and restore dintur.sqlite from the latest backup (with its dintur.sqlite-wal if the backup has one); ' +
  'keep the damaged file aside for investigation. dintur does not run on a damaged database.';

/**
 * Opens the centre's database (creating it on a first start) and checks it before anything is
 * served: the data directory and the file are writable, `PRAGMA quick_check` finds the file whole,
 * a write commits, and the migrations are in step. Each refusal is a `DatabaseRefusal` naming the
 * file and what to do. WAL lets readers run beside the writer; with `synchronous = FULL` each
 * commit is on disk before the API answers, so an acknowledged ticket survives a crash of the
 * process or of the machine.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const stateBeside = options.stateBeside ?? [];
  const directory = path.dirname(file);
  refuseUnwritable(directory, `The data directory ${directory}`);
  for (const part of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(part)) refuseUnwritable(part, `The database file ${part}`);
  if (!existsSync(file) && stateBeside.length > 0) throw newBesideState(file, 'is missing', stateBeside);
  let db: Db | undefined;
  try {
    db = new Database(file);
    const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new DatabaseRefusal(`The database ${file} is damaged (PRAGMA quick_check: ${problems.join('; ')}). ${restoreAdvice}`);
    }
    const tables = (db.prepare('SELECT COUNT(*) AS count FROM sqlite_master').get() as { count: number }).count;
    if (tables === 0 && stateBeside.length > 0) throw newBesideState(file, 'is empty', stateBeside);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    // A file SQLite could only open read-only answers reads and fails every write: prove a write commits.
    db.prepare('UPDATE schema_migrations SET applied_at = applied_at WHERE id = (SELECT MAX(id) FROM schema_migrations)').run();
    return db;
  } catch (error) {
    db?.close();
    throw refusalOf(error, file);
  }
}

function refuseUnwritable(target: string, what: string): void {
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'not writable';
    throw new DatabaseRefusal(
      `${what} is not writable (${code}). dintur writes every ticket there before it answers: make it writable for the user that runs dintur ` +
        '(or mount the disk read-write), then start again.',
    );
  }
}

function newBesideState(file: string, state: string, stateBeside: string[]): DatabaseRefusal {
  return new DatabaseRefusal(
    `The database ${file} ${state}, but its data directory holds ${stateBeside.join(' and ')} of a centre that has run before: ` +
      'the database was lost or not restored. Restore dintur.sqlite from the latest backup into that directory. ' +
      `Only to start a new centre there on purpose, move ${stateBeside.join(' and ')} out of it first (bookings made with that key can then no longer be found by health card).`,
  );
}

function refusalOf(error: unknown, file: string): Error {
  if (error instanceof DatabaseRefusal || error instanceof MigrationError) return error;
  const failure = storageFailureOf(error);
  const message = error instanceof Error ? error.message : String(error);
  switch (failure?.kind) {
    case 'damaged':
      return new DatabaseRefusal(`The database ${file} is damaged (${failure.code}: ${message}). ${restoreAdvice}`);
    case 'read-only':
      return new DatabaseRefusal(
        `The database ${file} can only be read (${failure.code}: ${message}). Make the file, its -wal and -shm files and the data directory writable ` +
          'for the user that runs dintur (or mount the disk read-write), then start again.',
      );
    case 'full':
      return new DatabaseRefusal(`The disk of ${file} is full (${failure.code}). Free space on it, then start again.`);
    case 'unavailable':
      return new DatabaseRefusal(`The database ${file} cannot be read or written (${failure.code}: ${message}). Check the disk, then start again.`);
    default:
      return error instanceof Error ? error : new Error(message);
  }
}

/** A fresh in-memory database from the real migrations, for tests and simulations. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
