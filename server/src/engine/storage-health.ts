import { accessSync, constants, statfsSync } from 'node:fs';
import path from 'node:path';
import type { EngineContext } from './context.js';
import { DomainError } from './errors.js';

/** Below this much free space on the database's disk, the server says it is not healthy. */
export const minimumFreeBytes = 16 * 1024 * 1024;

/**
 * What `/api/health` answers: ok only while the write path works — the database file and its
 * directory writable, room on the disk, and no write failed for its storage since the last commit
 * (context.ts). Otherwise a 503 that says what is wrong (docs/DECISIONS.md, "Damaged databases,
 * full disks and clocks that jump"). Reads nothing from the database itself, so it stays cheap.
 */
export function storageHealth(context: EngineContext): { status: 'ok' } {
  const failure = context.storageFailure();
  if (failure) {
    const what = failure.kind === 'full' ? 'the disk is full' : `the database is ${failure.kind}`;
    throw new DomainError(503, failure.kind === 'full' ? 'insufficient-storage' : 'storage-unavailable', `Writes fail: ${what} (${failure.code}, since ${new Date(failure.at).toISOString()}).`);
  }
  const file = context.databaseFile;
  if (file === null) return { status: 'ok' };
  for (const target of [path.dirname(file), file]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw new DomainError(503, 'storage-unavailable', `Writes would fail: ${target} is not writable (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).`);
    }
  }
  const disk = statfsSync(path.dirname(file));
  const free = disk.bavail * disk.bsize;
  if (free < minimumFreeBytes) {
    throw new DomainError(503, 'insufficient-storage', `The disk of ${file} is nearly full (${Math.floor(free / 1024)} KiB free).`);
  }
  return { status: 'ok' };
}
