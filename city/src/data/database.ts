import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something SQL can be sent to: the database, or one transaction of it. */
export type Queryable = {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
};

/**
 * The hub's PostgreSQL, whichever it is: an embedded one (PGlite, PostgreSQL compiled to
 * WebAssembly, in the data directory) or a PostgreSQL server reached through `pg`. Both speak
 * the same SQL, so one set of migrations and one data layer serve both.
 */
export type Database = Queryable & {
  kind: 'embedded' | 'server';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (transaction: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
};

const int8 = 20;
/** BIGINT values here are epoch milliseconds and counts: well inside a double's exact range. */
const parseInt8 = (value: string) => Number(value);

/** PostgreSQL embedded in the process, its files in `dataDir`. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const db = new PGlite(dataDir, { parsers: { [int8]: parseInt8 } });
  await db.waitReady;
  const queryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(text, params as unknown[])).rows;
    },
  });
  return {
    kind: 'embedded',
    ...queryable(db),
    transaction: (work) => db.transaction((transaction) => work(queryable(transaction))),
    exec: async (script) => void (await db.exec(script)),
    close: () => db.close(),
  };
}

/** A PostgreSQL server (15 or newer) at `url`, through a pool of `pg` connections. */
export async function openServerDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // A year's percentiles sort a million waits: in memory, not in temporary files (PostgreSQL's 4 MB default).
    options: '-c work_mem=64MB',
    types: { getTypeParser: ((oid: number, format?: string) => (oid === int8 ? parseInt8 : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser },
  });
  // An idle connection the server dropped must not take the hub down with it.
  pool.on('error', (error) => console.error(`dintur city: a database connection failed: ${error.message}`));
  const client = await pool.connect();
  client.release();
  const queryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await target.query(text, params as unknown[])).rows as Row[];
    },
  });
  return {
    kind: 'server',
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      // A connection lost while checked out reports it here, not to the pool: without a listener
      // the error would end the process. It is then thrown away instead of going back to the pool.
      let broken: Error | undefined;
      const onError = (error: Error) => void (broken = error);
      connection.on('error', onError);
      try {
        await connection.query('BEGIN');
        const result = await work(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((rollbackError: Error) => void (broken ??= rollbackError));
        throw error;
      } finally {
        connection.off('error', onError);
        connection.release(broken);
      }
    },
    exec: async (script) => void (await pool.query(script)),
    close: () => pool.end(),
  };
}
