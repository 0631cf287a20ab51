/**
 * The processes of `npm run bench:city`: a throwaway PostgreSQL server, the city hub as an
 * operator starts it (`city/src/main.ts` in a child process, on that server), and centre servers
 * (`startServer`, in a child process of their own: centre-process.ts). The load generators and
 * measurements stay in the bench's own process, so their work is not counted as the hub's or a
 * centre's, and each server can use the second core.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, spawnServer, waitForHealth, type ChildServer } from '../../reliability/child-server.js';
import { startPostgres, type PostgresCluster } from '../../support/postgres.js';
import { createClient, processCpuMs, type Client } from '../http-load.js';

export const hubAdminPassword = 'bench-city-admin-password';
export const centreAdminPassword = 'bench-centre-admin-password';

const children = new Set<ChildServer>();
process.on('exit', () => {
  for (const child of children) child.child.kill('SIGKILL');
});

/**
 * A PostgreSQL server of its own (tests/support/postgres.ts: commits durable, fsync off as in
 * every throwaway cluster here), with pg_stat_statements loaded so the bench can say which SQL
 * the time went to.
 */
export function startCluster(): Promise<PostgresCluster> {
  return startPostgres({ durableCommits: true, settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.max': '1000' } });
}

/** SQL straight to a database (setup, checks and pg_stat_statements; never what is measured). */
export async function sql<Row = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * CPU milliseconds the whole PostgreSQL server has used so far: the postmaster and its live
 * backends, plus every backend that has ended (its time is added to the postmaster's children's).
 */
export function postgresCpuMs(cluster: PostgresCluster): number {
  const postmaster = Number(readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const fieldsOf = (pid: number) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  const own = fieldsOf(postmaster);
  // utime, stime, cutime, cstime: fields 14–17 of /proc/pid/stat (11–14 after the state field).
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fieldsOf(Number(entry));
      if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return ticks * 10;
}

/**
 * Sends again once when a keep-alive connection was reset before any answer: the server had
 * closed it as idle just as it was reused, so the request never reached it.
 */
export async function afterReset<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
    return send();
  }
}

export type Hub = {
  url: string;
  pid: number | undefined;
  databaseUrl: string;
  adminToken: string;
  client: Client;
  /** Registers a centre as the hub's admin; returns its key. */
  register(id: string, name: string): Promise<string>;
  /** How far the hub has each centre's log. */
  cursors(): Promise<Map<string, number>>;
  cpuMs(): number | undefined;
  stop(): Promise<void>;
};

/**
 * Starts the hub in a child process on a fresh database of the cluster, as `npm run city` does
 * (`DINTUR_CITY_DATABASE_URL`), and signs in as its admin. `profileDir`: run it under
 * `node --cpu-prof`, the profile written there when it stops.
 */
export async function startHubProcess(cluster: PostgresCluster, options: { profileDir?: string; connections?: number } = {}): Promise<Hub> {
  const databaseUrl = await cluster.createDatabase();
  await sql(databaseUrl, 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-bench-hub-'));
  const server = spawnServer({
    port: await freePort(),
    dataDir,
    adminPassword: hubAdminPassword,
    // DINTUR_BENCH_HUB_ENTRY: another hub's main.ts (a scratch copy with a change to measure).
    entry: process.env.DINTUR_BENCH_HUB_ENTRY ?? 'city/src/main.ts',
    nodeFlags: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
    // The bench offers hundreds of bookings a second from one address: the per-address limit is off.
    env: { DINTUR_CITY_DATABASE_URL: databaseUrl, DINTUR_BOOKING_LIMIT_PER_MINUTE: '0' },
  });
  children.add(server);
  const client = createClient(server.url, options.connections ?? 16);
  try {
    await waitForHealth(server, 30_000);
    const login = await client.send('POST', '/api/auth/login', { body: { username: 'admin', password: hubAdminPassword } });
    if (login.status !== 200) throw new Error(`hub admin sign-in failed: ${login.status} ${login.text}`);
    const adminToken = (JSON.parse(login.text) as { token: string }).token;
    return {
      url: server.url,
      pid: server.child.pid,
      databaseUrl,
      adminToken,
      client,
      async register(id, name) {
        const created = await afterReset(() => client.send('POST', '/api/centres', { token: adminToken, body: { id, name } }));
        if (created.status !== 201) throw new Error(`registering ${id} failed: ${created.status} ${created.text}`);
        return (JSON.parse(created.text) as { key: string }).key;
      },
      async cursors() {
        const answer = await afterReset(() => client.send('GET', '/api/centres', { token: adminToken }));
        if (answer.status !== 200) throw new Error(`GET /api/centres answered ${answer.status} ${answer.text}`);
        return new Map((JSON.parse(answer.text) as { id: string; lastEventId: number }[]).map((centre) => [centre.id, centre.lastEventId]));
      },
      cpuMs: () => processCpuMs(server.child.pid),
      async stop() {
        client.close();
        await server.stop('SIGTERM', 15_000);
        children.delete(server);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    client.close();
    await server.stop('SIGKILL');
    children.delete(server);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** One centre server to start in centre-process.ts. */
export type CentreSpec = { dataDir: string; port: number; city?: { url: string; centreId: string; key: string } };

export type CentreProcess = {
  urls: string[];
  pid: number | undefined;
  /** Milliseconds from spawning the process to every centre answering /api/health. */
  startMs: number;
  output(): string;
  stop(): Promise<void>;
};

/** Starts `specs.length` centre servers in one child process (centre-process.ts) and waits until each is healthy. */
export async function startCentreProcess(specs: CentreSpec[], options: { profileDir?: string } = {}): Promise<CentreProcess> {
  const started = performance.now();
  const server = spawnServer({
    port: specs[0]!.port,
    dataDir: specs[0]!.dataDir,
    adminPassword: centreAdminPassword,
    // DINTUR_BENCH_CENTRE_ENTRY: another centre-process.ts (one that starts a scratch copy of the server).
    entry: process.env.DINTUR_BENCH_CENTRE_ENTRY ?? 'tests/bench/city/centre-process.ts',
    nodeFlags: options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [],
    env: { DINTUR_BENCH_CENTRES: JSON.stringify(specs) },
  });
  children.add(server);
  try {
    for (const spec of specs) await waitForHealth({ ...server, url: `http://127.0.0.1:${spec.port}` }, 30_000);
  } catch (error) {
    await server.stop('SIGKILL');
    children.delete(server);
    throw error;
  }
  return {
    urls: specs.map((spec) => `http://127.0.0.1:${spec.port}`),
    pid: server.child.pid,
    startMs: performance.now() - started,
    output: () => server.output(),
    async stop() {
      await server.stop('SIGTERM', 15_000);
      children.delete(server);
    },
  };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
