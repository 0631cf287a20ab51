import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: child servers run from here so `--import tsx` and the workspaces resolve. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export type ChildExit = { code: number | null; signal: NodeJS.Signals | null };

export type ChildServer = {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Settles when the process has ended. */
  exited: Promise<ChildExit>;
  /** Ends the process with the signal (if it still runs) and waits for it; SIGKILL after `graceMs`. */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<ChildExit>;
};

/** A port that was free a moment ago: bound on 127.0.0.1 by the OS, then released. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export type SpawnOptions = {
  port: number;
  dataDir: string;
  adminPassword: string;
  /** The entry module, relative to the repository root; the real `server/src/main.ts` by default. */
  entry?: string;
  /** Extra flags for node itself, such as `--cpu-prof`. */
  nodeFlags?: string[];
  env?: Record<string, string>;
  /** Run the process as this user and group (a test run by root showing what another user may not write). */
  uid?: number;
  gid?: number;
};

/**
 * Starts a centre server as a child process, the way an operator does (`node --import tsx
 * server/src/main.ts`), on 127.0.0.1 with the issue rate limit off.
 */
export function spawnServer(options: SpawnOptions): ChildServer {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', options.entry ?? 'server/src/main.ts'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DINTUR_DATA_DIR: options.dataDir,
      DINTUR_ADMIN_PASSWORD: options.adminPassword,
      DINTUR_ISSUE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined && { uid: options.uid }),
    ...(options.gid !== undefined && { gid: options.gid }),
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (error) => {
      output += `\n[spawn error] ${error.message}`;
      resolve({ code: null, signal: null });
    });
  });
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    url: `http://127.0.0.1:${options.port}`,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM', graceMs = 5_000) {
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

/**
 * Waits until `GET /api/health` answers ok; fails early with the process's output if it exits,
 * and after `timeoutMs` otherwise.
 */
export async function waitForHealth(server: ChildServer, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exit: ChildExit | undefined;
  void server.exited.then((result) => (exit = result));
  while (Date.now() < deadline) {
    if (exit) throw new Error(`The server exited (${exit.code ?? exit.signal}) before it was healthy:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server was not healthy within ${timeoutMs} ms:\n${server.output()}`);
}
