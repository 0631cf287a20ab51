/**
 * Bulk loading for the year phase: PostgreSQL's COPY through `psql` (the client that comes with
 * the server; `pg` alone has no COPY FROM STDIN), fed in COPY's text format while the rows are
 * generated, with backpressure so a year never sits in memory.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { findPostgresBinDir } from '../../support/postgres.js';

export type CopyStream = {
  /** Adds lines of tab-separated fields (each line ending in "\n"); resolves when psql can take more. */
  write(lines: string): Promise<void>;
  /** Ends the input and waits for COPY to finish. */
  end(): Promise<void>;
};

export function copyInto(databaseUrl: string, table: string, columns: readonly string[]): CopyStream {
  const psql = spawn(path.join(findPostgresBinDir(), 'psql'), [
    databaseUrl, '--quiet', '--no-psqlrc', '-v', 'ON_ERROR_STOP=1',
    // For this session only: no foreign-key checks row by row (the bench has registered every
    // centre the rows name); the rows, the indexes and the schema end up the same.
    '-c', 'SET session_replication_role = replica',
    '-c', `COPY ${table} (${columns.join(', ')}) FROM STDIN`], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  psql.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => psql.once('exit', (code) => resolve(code)));
  const input = psql.stdin as Writable;
  let failed: Error | undefined;
  input.on('error', (error) => (failed = error));
  let pending = '';
  const flush = async () => {
    if (failed) throw new Error(`COPY ${table} failed: ${stderr || failed.message}`);
    const chunk = pending;
    pending = '';
    if (!input.write(chunk)) await Promise.race([once(input, 'drain'), exited]);
  };
  return {
    async write(lines) {
      pending += lines;
      if (pending.length >= 1 << 20) await flush();
    },
    async end() {
      if (pending.length > 0) await flush();
      input.end();
      const code = await exited;
      if (code !== 0) throw new Error(`COPY ${table} failed (psql exited with ${code}): ${stderr.trim()}`);
    },
  };
}

/** A field of COPY's text format: \N for null; backslashes, tabs and line breaks escaped. */
export function textField(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}
