import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../support/postgres.js';

/** Runs one query on a fresh connection. */
async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('a throwaway PostgreSQL cluster for the tests', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgres({ durableCommits: true });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('is a real PostgreSQL 15 or newer on 127.0.0.1, set up for speed', async () => {
    expect(cluster.url).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/postgres`);
    const [row] = await query<{ major: number; fsync: string; address: string; user: string }>(
      cluster.url,
      `SELECT current_setting('server_version_num')::int / 10000 AS major, current_setting('fsync') AS fsync,
              host(inet_server_addr()) AS address, current_user AS user`,
    );
    expect(row!.major).toBeGreaterThanOrEqual(15);
    expect(row).toMatchObject({ fsync: 'off', address: '127.0.0.1', user: 'postgres' });
  });

  it('creates databases that are separate from each other', async () => {
    const first = await cluster.createDatabase();
    const second = await cluster.createDatabase('second_one');
    expect(first).not.toBe(second);
    expect(second).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/second_one`);

    await query(first, 'CREATE TABLE visit (id int PRIMARY KEY, name text)');
    await query(first, 'INSERT INTO visit VALUES (1, $1)', ['Æble Ørsted Ålborg']);
    expect(await query(first, 'SELECT name FROM visit')).toEqual([{ name: 'Æble Ørsted Ålborg' }]);
    expect(await query(second, `SELECT to_regclass('visit') AS visit`)).toEqual([{ visit: null }]);
    expect(await query(second, 'SELECT current_database() AS db')).toEqual([{ db: 'second_one' }]);
  });

  it('keeps a committed row through a crash (pg_ctl stop -m immediate) and the restart', async () => {
    const url = await cluster.createDatabase();
    await query(url, 'CREATE TABLE ticket (code text PRIMARY KEY)');
    await query(url, `INSERT INTO ticket VALUES ('A1')`);

    await cluster.crash();
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
    await cluster.start();

    expect(await query(url, 'SELECT code FROM ticket')).toEqual([{ code: 'A1' }]);
    expect(cluster.log()).toMatch(/immediate shutdown request[\s\S]*not properly shut down; automatic recovery in progress/);
  });
});

describe('startPostgres', () => {
  it('gives clusters started at once their own port and directory, and stop() removes them', async () => {
    const clusters = await Promise.all([startPostgres(), startPostgres()]);
    const [a, b] = clusters as [PostgresCluster, PostgresCluster];
    try {
      expect(a.port).not.toBe(b.port);
      expect(a.dir).not.toBe(b.dir);
      await query(await a.createDatabase('shared_name'), 'CREATE TABLE only_in_a (x int)');
      const inB = await b.createDatabase('shared_name');
      expect(await query(inB, `SELECT to_regclass('only_in_a') AS t`)).toEqual([{ t: null }]);
    } finally {
      await Promise.all(clusters.map((cluster) => cluster.stop()));
    }
    expect(existsSync(a.dir)).toBe(false);
    await expect(query(a.url, 'SELECT 1')).rejects.toThrow();
    await a.stop(); // twice is fine
  });

  it('says what to install when there is no PostgreSQL server', async () => {
    await expect(startPostgres({ binDir: '/nonexistent/bin' })).rejects.toThrow(/apt-get install postgresql/);
  });
});
