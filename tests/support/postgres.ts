import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);

/** The oldest PostgreSQL the city hub supports. */
const minimumMajorVersion = 15;
const installHint =
  'Install the PostgreSQL server from Debian: apt-get install postgresql (.ci/run does this). ' +
  'The city tests run against a real server and are never skipped.';

export type PostgresOptions = {
  /** Where initdb, pg_ctl and postgres are; default: found (see findPostgresBinDir). */
  binDir?: string;
  /**
   * Leave synchronous_commit on, so that every commit reported to a client survives crash().
   * Off by default (faster); a crash may then lose the last few hundred milliseconds of commits,
   * as PostgreSQL's asynchronous commit allows. Crash tests want this on.
   */
  durableCommits?: boolean;
  /** More server settings, each passed as `-c name=value` (e.g. `{ max_connections: '20' }`). */
  settings?: Record<string, string>;
  /** How long pg_ctl waits for the server to start or stop, in seconds (default 60). */
  timeoutSeconds?: number;
};

export type PostgresCluster = {
  /** The cluster's `postgres` database as the superuser `postgres`, over TCP on 127.0.0.1 (trust auth). */
  url: string;
  port: number;
  /** The temporary directory: `data/` (the cluster), `server.log`, and the Unix socket. */
  dir: string;
  /** Creates a fresh, empty database (default name: `test_1`, `test_2`, …) and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /**
   * Crashes the server: `pg_ctl stop -m immediate` (no shutdown checkpoint; clients are cut off).
   * The data stays; start() runs crash recovery from the WAL, as after a real crash.
   */
  crash(): Promise<void>;
  /** Starts the server again on the same port and data after crash() (no-op when it runs). */
  start(): Promise<void>;
  /** The server's log so far (useful in a failing test's message). */
  log(): string;
  /** Stops the server (immediately) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
};

type Runner = (bin: string, args: string[]) => Promise<void>;

const liveClusters = new Set<{ binDir: string; dir: string; asPostgres: boolean }>();
let exitHookInstalled = false;

/**
 * Starts a throwaway PostgreSQL cluster of its own: a new temporary directory, `initdb`, a
 * free port on 127.0.0.1, trust authentication for 127.0.0.1 only. Each call (each vitest
 * worker, each test file) gets its own cluster, so they can run in parallel. As root the server
 * runs as the `postgres` user (PostgreSQL refuses to run as root); otherwise as the current user.
 */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  const binDir = options.binDir ?? findPostgresBinDir();
  checkBinDir(binDir);
  const timeoutSeconds = options.timeoutSeconds ?? 60;
  const asPostgres = process.getuid?.() === 0;

  const dir = mkdtempSync(path.join(tmpdir(), 'dintur-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const entry = { binDir, dir, asPostgres };
  liveClusters.add(entry);
  installExitHook();

  const run: Runner = async (bin, args) => {
    const file = path.join(binDir, bin);
    // `su -s /bin/sh -c <command> postgres`: options before the user, which every su accepts.
    const [command, argv] = asPostgres
      ? ['su', ['-s', '/bin/sh', '-c', [file, ...args].map(shellQuote).join(' '), 'postgres']]
      : [file, args];
    try {
      // cwd: a directory the postgres user can enter (initdb complains about one it cannot).
      await execFileAsync(command, argv, { cwd: dir, timeout: (timeoutSeconds + 30) * 1000 });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${bin} ${args.join(' ')} failed: ${(stderr || stdout || String(error)).trim()}`);
    }
  };

  try {
    if (asPostgres) {
      const { uid, gid } = postgresUser();
      chownSync(dir, uid, gid);
      const check = `test -w ${shellQuote(dir)} && test -x ${shellQuote(path.join(binDir, 'initdb'))}`;
      await execFileAsync('su', ['-s', '/bin/sh', '-c', check, 'postgres'], { cwd: dir }).catch(() => {
        throw new Error(
          `The postgres user cannot write ${dir} or run ${binDir}/initdb: ` +
            `set TMPDIR to a directory every user can enter (such as /tmp).`,
        );
      });
    }
    await run('initdb', [
      '--pgdata', dataDir,
      '--username', 'postgres',
      '--auth', 'trust',
      '--encoding', 'UTF8',
      // The same collation and messages on every machine (English errors, Unicode-aware lower()).
      '--locale', 'C.UTF-8',
      // A throwaway cluster: nothing needs to reach the disk.
      '--no-sync',
      '--no-instructions',
    ]);
    // Only TCP on 127.0.0.1, without a password. (The Unix socket sits in a directory only its
    // owner can enter, and no line here admits it.)
    writeFileSync(path.join(dataDir, 'pg_hba.conf'), 'host all all 127.0.0.1/32 trust\n');
  } catch (error) {
    forget();
    throw error;
  }

  let port = 0;
  let running = false;
  const serverOptions = (): string =>
    [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      // Our own socket directory: Debian's default (/var/run/postgresql) may not exist or belong
      // to us, and its lock files would collide between clusters on the same port.
      `-c unix_socket_directories=${shellQuote(dir)}`,
      // Tests only: these trade durability for speed. Nothing here must survive the machine
      // crashing (fsync=off: no flushes to disk; full_page_writes=off: torn pages only happen
      // when the OS crashes), and a server crash (crash()) still recovers everything written to
      // the OS. synchronous_commit=off lets a commit return before its WAL is written, so a
      // crash may lose the last commits; durableCommits keeps it on for crash tests.
      '-c fsync=off',
      ...(options.durableCommits ? [] : ['-c synchronous_commit=off']),
      '-c full_page_writes=off',
      ...Object.entries(options.settings ?? {}).map(([name, value]) => `-c ${shellQuote(`${name}=${value}`)}`),
    ].join(' ');

  const readLog = (from = 0): string => {
    try {
      return readFileSync(logFile, 'utf8').slice(from);
    } catch {
      return '';
    }
  };
  const startServer = async (): Promise<void> => {
    const logStart = readLog().length;
    try {
      // -w: pg_ctl returns once the server says it is ready (or has died).
      await run('pg_ctl', [
        '--pgdata', dataDir, '--log', logFile, '--wait', '--timeout', String(timeoutSeconds),
        '--options', serverOptions(), 'start',
      ]);
    } catch (error) {
      throw Object.assign(new Error(`${(error as Error).message}\nServer log:\n${readLog(logStart).trim()}`), {
        portTaken: /Address already in use/.test(readLog(logStart)),
      });
    }
    running = true;
    await waitForConnections(urlOf('postgres'), Date.now() + timeoutSeconds * 1000);
  };
  const stopServer = async (): Promise<void> => {
    if (!running) return;
    running = false;
    await run('pg_ctl', ['--pgdata', dataDir, '--mode', 'immediate', '--wait', '--timeout', String(timeoutSeconds), 'stop']);
  };
  const urlOf = (database: string): string => `postgres://postgres@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  function forget(): void {
    liveClusters.delete(entry);
    rmSync(dir, { recursive: true, force: true });
  }

  // Another process may take the free port between our look and the server's bind: try again.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await startServer();
      break;
    } catch (error) {
      if (!(error as { portTaken?: boolean }).portTaken || attempt === 5) {
        await stopServer().catch(() => undefined);
        forget();
        throw error;
      }
    }
  }

  let databases = 0;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    port,
    dir,
    async createDatabase(name = `test_${++databases}`) {
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    crash: stopServer,
    async start() {
      if (stopped) throw new Error('This PostgreSQL cluster was stopped and removed; start a new one.');
      if (!running) await startServer();
    },
    log: () => readLog(),
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await stopServer();
      } finally {
        forget();
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForConnections(url: string, deadline: number): Promise<void> {
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${url} does not accept connections: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'Running as root, and there is no postgres user to run PostgreSQL as (it refuses to run as root). ' +
        installHint,
    );
  }
}

function checkBinDir(binDir: string): void {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((bin) => !existsSync(path.join(binDir, bin)));
  if (missing.length > 0) {
    throw new Error(`No PostgreSQL server programs (${missing.join(', ')}) in ${binDir}. ${installHint}`);
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test that forgot stop(), or a worker that ends early: pg_ctl detaches the server, which would
  // otherwise outlive the test run.
  process.once('exit', () => {
    for (const { binDir, dir, asPostgres } of liveClusters) {
      const stop = [path.join(binDir, 'pg_ctl'), '--pgdata', path.join(dir, 'data'), '--mode', 'immediate', 'stop'];
      try {
        if (asPostgres) execFileSync('su', ['-s', '/bin/sh', '-c', stop.map(shellQuote).join(' '), 'postgres'], { stdio: 'ignore' });
        else execFileSync(stop[0]!, stop.slice(1), { stdio: 'ignore' });
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

let foundBinDir: string | undefined;

/**
 * The newest PostgreSQL server (≥ 15) here: `pg_config --bindir`, and Debian's
 * /usr/lib/postgresql/<major>/bin. Throws, saying what to install, when there is none.
 */
export function findPostgresBinDir(): string {
  if (foundBinDir) return foundBinDir;
  const candidates = new Set<string>();
  try {
    candidates.add(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config (it comes with libpq-dev); Debian's directories follow
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    for (const name of readdirSync(debianRoot)) candidates.add(path.join(debianRoot, name, 'bin'));
  }
  const found: { binDir: string; major: number }[] = [];
  for (const binDir of candidates) {
    const postgres = path.join(binDir, 'postgres');
    if (!['initdb', 'pg_ctl'].every((bin) => existsSync(path.join(binDir, bin))) || !existsSync(postgres)) continue;
    try {
      // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
      const version = execFileSync(postgres, ['--version'], { encoding: 'utf8' });
      const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(version)?.[1]);
      if (Number.isInteger(major)) found.push({ binDir, major });
    } catch {
      // not runnable
    }
  }
  found.sort((a, b) => b.major - a.major);
  const best = found[0];
  if (!best || best.major < minimumMajorVersion) {
    const seen = found.length > 0 ? ` Found only ${found.map((f) => `${f.major} (${f.binDir})`).join(', ')}.` : '';
    throw new Error(
      `No PostgreSQL server ${minimumMajorVersion} or newer (initdb, pg_ctl, postgres) found ` +
        `via pg_config --bindir or in ${debianRoot}/*/bin.${seen} ${installHint}`,
    );
  }
  foundBinDir = best.binDir;
  return foundBinDir;
}
