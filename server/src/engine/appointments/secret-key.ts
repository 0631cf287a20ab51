import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The file in the data directory that holds the key of the CPR hash. */
export const cprKeyFile = 'cpr-hash.key';
const keyBytes = 32;

/**
 * The secret key of the CPR hash, read from the data directory, or created there on first start
 * (32 random bytes, readable by the server's user only). Losing it only means that the health
 * card no longer finds the bookings made before: their codes still work.
 */
export function loadOrCreateSecretKey(dataDir: string, fileName = cprKeyFile): Buffer {
  const file = path.join(dataDir, fileName);
  try {
    const key = readFileSync(file);
    if (key.length < keyBytes) throw new Error(`${file} holds ${key.length} bytes; the CPR hash key must be ${keyBytes}. Restore it from a backup.`);
    // A key copied in by hand may be readable by others: only the server's user should read it.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(keyBytes);
  try {
    // "wx": never overwrite a key another process created a moment ago; use that one instead.
    writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file);
    throw error;
  }
  return key;
}

/** The file in the data directory that holds the city's CPR-hash key, once the hub has given it. */
export const cityCprKeyFile = 'city-cpr-hash.key';

/** A key kept in the data directory, or undefined when there is none yet. */
export function readSecretKey(dataDir: string, fileName: string): Buffer | undefined {
  try {
    const key = readFileSync(path.join(dataDir, fileName));
    return key.length >= keyBytes ? key : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Keeps a key given by another party (the city hub) in the data directory, readable by the
 * server's user only; written beside and renamed over, so a crash never leaves half a key.
 */
export function saveSecretKey(dataDir: string, fileName: string, key: Buffer): void {
  const file = path.join(dataDir, fileName);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, key, { mode: 0o600 });
  renameSync(temporary, file);
}
