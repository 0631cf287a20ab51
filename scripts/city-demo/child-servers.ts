import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { repositoryRoot } from './repository-root.js';

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null };

/** A server of the demo running as its own process. */
export type ChildServer = {
  name: string;
  pid: number;
  url: string;
  /** Settles when the process has ended. */
  exited: Promise<ChildExit>;
  running(): boolean;
  /** The last lines it wrote, for saying why it stopped. */
  tail(): string;
  /** Sends the signal (if it still runs) and waits for the end; SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ChildExit>;
};

/** Settings of the parent that must not leak into a child: each child gets exactly the ones it is given. */
const notInherited = ['PORT', 'HOST', 'DINTUR_DATA_DIR', 'DINTUR_ADMIN_PASSWORD', 'DINTUR_CITY_DATABASE_URL', 'DINTUR_CITY_URL', 'DINTUR_CITY_CENTRE_ID', 'DINTUR_CITY_KEY'];

/**
 * Starts `node --import tsx <entry>` from the repository root, the way an operator starts a
 * server. What it writes to stderr (warnings, the city link's news) goes to `log` with its name
 * in front; stdout (its own banner of addresses) is kept for when it stops unexpectedly.
 */
export function startChildServer(options: { name: string; entry: string; url: string; env: Record<string, string>; log: (line: string) => void }): ChildServer {
  const env = { ...process.env };
  for (const name of notInherited) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry], {
    cwd: repositoryRoot,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
    if (lines.length > 40) lines.shift();
  };
  createInterface({ input: child.stdout! }).on('line', keep);
  createInterface({ input: child.stderr! }).on('line', (line) => {
    keep(line);
    options.log(`[${options.name}] ${line}`);
  });
  let ended = false;
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = true;
      resolve({ code, signal });
    });
    child.once('error', (error) => {
      ended = true;
      keep(`[could not start: ${error.message}]`);
      resolve({ code: null, signal: null });
    });
  });
  return {
    name: options.name,
    pid: child.pid ?? -1,
    url: options.url,
    exited,
    running: () => !ended,
    tail: () => lines.join('\n'),
    async stop(signal = 'SIGTERM', graceMs = 10_000) {
      if (!ended) child.kill(signal);
      const timer = setTimeout(() => {
        if (!ended) child.kill('SIGKILL');
      }, graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Waits until the server answers `GET /api/health`; fails at once, with its last words, if it ends. */
export async function waitForHealth(server: ChildServer, timeoutMs = 60_000, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (!server.running()) {
      const exit = await server.exited;
      throw new Error(`${server.name} stopped (${exit.signal ?? `exit code ${exit.code}`}) before it answered:\n${server.tail()}`);
    }
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${server.name} did not answer at ${server.url} within ${timeoutMs / 1000} s:\n${server.tail()}`);
}
