import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** scrypt cost parameters; stored with each hash so they can be raised later. */
export type ScryptCost = { N: number; r: number; p: number };

/** About 100 ms and 64 MiB per hash on the 2-core reference machine (OWASP: N ≥ 2^17 at r=8 is the strong end). */
export const defaultScryptCost: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

const scryptOptions = (cost: ScryptCost): ScryptOptions => ({ ...cost, maxmem: 256 * cost.N * cost.r });

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, scryptOptions(cost), (error, key) => (error ? reject(error) : resolve(key))),
  );
}

type Derive = (password: string, salt: Buffer, cost: ScryptCost, priority: boolean) => Promise<Buffer>;

const format = (cost: ScryptCost, salt: Buffer, key: Buffer) => ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');

async function verifyWith(deriveKey: Derive, password: string, stored: string, priority: boolean): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  let key: Buffer;
  try {
    key = await deriveKey(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) }, priority);
  } catch (error) {
    // A stored hash with impossible parameters matches nothing; a busy hasher is the caller's to answer.
    if (error instanceof HasherBusyError) throw error;
    return false;
  }
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url), on libuv's pool: for scripts; servers use `createPasswordHasher`. */
export async function hashPassword(password: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  const salt = randomBytes(16);
  return format(cost, salt, await derive(password, salt, cost));
}

/** Checks a password against a stored hash, on libuv's pool: for scripts; servers use `createPasswordHasher`. */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return verifyWith((text, salt, cost) => derive(text, salt, cost), password, stored, false);
}

/** The hasher's queue is full (or a hash waited too long): answer 503 with Retry-After. */
export class HasherBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy checking passwords; try again in a few seconds.');
  }
}

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  /** `priority`: a sign-in from where the account signed in before goes ahead of the rest, and is never turned away for a full queue. */
  verify(password: string, stored: string, options?: { priority?: boolean }): Promise<boolean>;
  /** Throws `HasherBusyError` now when a hash of this priority would be refused, so a caller can say so before any other work. */
  admit(options?: { priority?: boolean }): void;
  /** Ends the hashing threads. */
  close(): Promise<void>;
};

export type PasswordHasherOptions = {
  cost?: ScryptCost;
  /** Hashing threads; one less than the cores, at least one and at most two. */
  threads?: number;
  /** Hashes waiting beyond those being computed; more are refused at once. */
  maxWaiting?: number;
  /** A hash that has waited this long is refused rather than computed for a client long gone. */
  maxWaitMs?: number;
  /** A thread idle this long ends (a new one starts with the next hash). */
  idleMs?: number;
};

// Runs in each hashing thread: plain CommonJS, evaluated, so it needs no loader (tsx, vitest).
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', ({ password, salt, cost }) => {
  try {
    const key = scryptSync(password, Buffer.from(salt), 32, { ...cost, maxmem: 256 * cost.N * cost.r });
    parentPort.postMessage({ key });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;

type Job = { password: string; salt: Buffer; cost: ScryptCost; queuedAt: number; resolve(key: Buffer): void; reject(error: Error): void };
type Thread = { worker: Worker; job: Job | undefined; idleTimer: NodeJS.Timeout | undefined };

/**
 * Password hashing on threads of its own, never on libuv's pool (which serves files, DNS and
 * zlib to every other request): a flood of sign-ins queues here, in a bounded queue, and the
 * surplus is refused at once with `HasherBusyError` while pages keep loading.
 */
export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const cost = options.cost ?? defaultScryptCost;
  const threadCount = options.threads ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const maxWaiting = options.maxWaiting ?? 32;
  const maxWaitMs = options.maxWaitMs ?? 5_000;
  const idleMs = options.idleMs ?? 10_000;
  const threads: Thread[] = [];
  const waiting: { priority: Job[]; normal: Job[] } = { priority: [], normal: [] };
  // One hash takes about as long as the cost says; a rough wait to suggest to a refused client.
  const retryAfter = () => Math.max(1, Math.ceil(((waiting.priority.length + waiting.normal.length) * 0.1) / threadCount));

  function startThread(): Thread {
    const thread: Thread = { worker: new Worker(workerSource, { eval: true, execArgv: [] }), job: undefined, idleTimer: undefined };
    thread.worker.on('message', (answer: { key?: Uint8Array; error?: string }) => {
      const job = thread.job;
      thread.job = undefined;
      if (answer.key) job?.resolve(Buffer.from(answer.key));
      else job?.reject(new Error(answer.error ?? 'scrypt failed'));
      dispatch();
    });
    const lost = (error: Error) => {
      const index = threads.indexOf(thread);
      if (index >= 0) threads.splice(index, 1);
      thread.job?.reject(error);
      thread.job = undefined;
      dispatch();
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', () => lost(new Error('the hashing thread ended')));
    threads.push(thread);
    return thread;
  }

  function nextJob(): Job | undefined {
    for (;;) {
      const job = waiting.priority.shift() ?? waiting.normal.shift();
      if (!job) return undefined;
      if (Date.now() - job.queuedAt <= maxWaitMs) return job;
      job.reject(new HasherBusyError(retryAfter()));
    }
  }

  function dispatch(): void {
    for (;;) {
      if (waiting.priority.length + waiting.normal.length === 0) break;
      const thread = threads.find((candidate) => !candidate.job) ?? (threads.length < threadCount ? startThread() : undefined);
      if (!thread) break;
      const job = nextJob();
      if (!job) break;
      clearTimeout(thread.idleTimer);
      thread.idleTimer = undefined;
      thread.job = job;
      thread.worker.ref();
      thread.worker.postMessage({ password: job.password, salt: job.salt, cost: job.cost });
    }
    for (const thread of threads) {
      if (thread.job || thread.idleTimer) continue;
      // An idle thread keeps nothing alive, and ends after a while.
      thread.worker.unref();
      thread.idleTimer = setTimeout(() => void thread.worker.terminate(), idleMs).unref();
    }
  }

  const deriveKey: Derive = (password, salt, jobCost, priority) =>
    new Promise<Buffer>((resolve, reject) => {
      const queued = waiting.priority.length + waiting.normal.length;
      if (queued >= maxWaiting) {
        // A sign-in from a known place takes the place of the newest stranger's.
        const bumped = priority ? waiting.normal.pop() : undefined;
        if (!priority) return reject(new HasherBusyError(retryAfter()));
        bumped?.reject(new HasherBusyError(retryAfter()));
      }
      const job: Job = { password: password.normalize('NFC'), salt, cost: jobCost, queuedAt: Date.now(), resolve, reject };
      (priority ? waiting.priority : waiting.normal).push(job);
      dispatch();
    });

  return {
    async hash(password) {
      const salt = randomBytes(16);
      return format(cost, salt, await deriveKey(password, salt, cost, true));
    },
    admit(admitOptions = {}) {
      if (!admitOptions.priority && waiting.priority.length + waiting.normal.length >= maxWaiting) throw new HasherBusyError(retryAfter());
    },
    verify: (password, stored, verifyOptions = {}) => verifyWith(deriveKey, password, stored, verifyOptions.priority ?? false),
    async close() {
      for (const job of [...waiting.priority.splice(0), ...waiting.normal.splice(0)]) job.reject(new HasherBusyError(1));
      await Promise.all(threads.splice(0).map((thread) => (clearTimeout(thread.idleTimer), thread.worker.terminate())));
    },
  };
}
