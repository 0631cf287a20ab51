import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
