import { chmodSync, chownSync, closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/test-server.js';
import { freePort, spawnServer, type ChildExit } from './child-server.js';

// Run as root, the test starts the server as "nobody", for whom a file's mode is not a formality.
const asRoot = process.getuid?.() === 0;
const nobody = 65534;
const directories: string[] = [];

afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/** A data directory of a centre that has run: a real database with tickets, and its CPR key. */
async function centreThatHasRun(): Promise<{ dataDir: string; file: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-damaged-'));
  directories.push(dataDir);
  const server = await startTestServer({ dataDir });
  for (let count = 0; count < 40; count += 1) await server.request('POST', '/api/tickets', { body: { serviceId: 'passport' } });
  await server.close(); // closing checkpoints the WAL into the file
  chmodSync(dataDir, 0o755);
  return { dataDir, file: path.join(dataDir, 'dintur.sqlite') };
}

/** Starts the real server on the directory and waits for it to end (or stops it after `ms`: it should not have started). */
async function start(dataDir: string, user?: number): Promise<{ exit: ChildExit; output: string }> {
  const child = spawnServer({ port: await freePort(), dataDir, adminPassword: 'admin-password-for-tests', ...(user !== undefined && { uid: user, gid: user }) });
  const timer = setTimeout(() => void child.stop('SIGTERM'), 10_000);
  const exit = await child.exited;
  clearTimeout(timer);
  return { exit, output: child.output() };
}

describe.concurrent('a database that is not whole is refused at start', () => {
  it('refuses a database with overwritten pages, naming the file and what to do, with a non-zero exit', async () => {
    const { dataDir, file } = await centreThatHasRun();
    const pageSize = 4096;
    const pages = statSync(file).size / pageSize;
    const handle = openSync(file, 'r+');
    // Page 1 (the header and the schema's root) stays, so SQLite opens the file and only the check finds the damage.
    for (let page = 2; page < Math.min(pages, 10); page += 1) writeSync(handle, randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
    closeSync(handle);

    const { exit, output } = await start(dataDir);
    expect(exit.code).toBe(1);
    expect(output).toContain(`dintur could not start: The database ${file} is damaged`);
    expect(output).toContain('restore dintur.sqlite from the latest backup');
    expect(output).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a database file it may not write', async () => {
    const { dataDir, file } = await centreThatHasRun();
    if (asRoot) chownSync(dataDir, nobody, nobody);
    chmodSync(file, 0o444);
    const { exit, output } = await start(dataDir, asRoot ? nobody : undefined);
    expect(exit.code).toBe(1);
    expect(output).toContain(`dintur could not start: The database file ${file} is not writable (EACCES)`);
  });

  it('refuses a data directory it may not write', async () => {
    const { dataDir } = await centreThatHasRun();
    for (const entry of readdirSync(dataDir)) chmodSync(path.join(dataDir, entry), 0o644);
    chmodSync(dataDir, 0o555);
    const { exit, output } = await start(dataDir, asRoot ? nobody : undefined);
    chmodSync(dataDir, 0o755);
    expect(exit.code).toBe(1);
    expect(output).toContain(`dintur could not start: The data directory ${dataDir} is not writable (EACCES)`);
  });

  it('refuses an empty database beside an existing CPR key: no demo centre seeded, no admin created', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-lost-'));
    directories.push(dataDir);
    writeFileSync(path.join(dataDir, 'cpr-hash.key'), randomBytes(32), { mode: 0o600 });
    const file = path.join(dataDir, 'dintur.sqlite');
    writeFileSync(file, '');

    const { exit, output } = await start(dataDir);
    expect(exit.code).toBe(1);
    expect(output).toContain(`dintur could not start: The database ${file} is empty, but its data directory holds cpr-hash.key`);
    expect(output).toContain('Restore dintur.sqlite from the latest backup');
    expect(output).not.toContain('created the account "admin"');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) AS count FROM sqlite_master').get()).toEqual({ count: 0 });
    db.close();
  });
});
