import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cityCprKeyFile, cprKeyFile, loadOrCreateSecretKey, readSecretKey, saveSecretKey } from './secret-key.js';

const directories: string[] = [];
const freshDirectory = () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'dintur-key-'));
  directories.push(directory);
  return directory;
};
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('the CPR hash key', () => {
  it('is created on first start as 32 random bytes readable by the owner only, and read back after', () => {
    const directory = freshDirectory();
    const key = loadOrCreateSecretKey(directory);
    expect(key).toHaveLength(32);
    expect(statSync(path.join(directory, cprKeyFile)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecretKey(directory).equals(key)).toBe(true);
    expect(loadOrCreateSecretKey(freshDirectory()).equals(key)).toBe(false);
  });

  it('tightens a key file others could read, and refuses a truncated one', () => {
    const directory = freshDirectory();
    const file = path.join(directory, cprKeyFile);
    writeFileSync(file, Buffer.alloc(32, 1));
    chmodSync(file, 0o644);
    expect(loadOrCreateSecretKey(directory).equals(Buffer.alloc(32, 1))).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileSync(file, Buffer.alloc(8));
    expect(() => loadOrCreateSecretKey(directory)).toThrow(/32/);
  });

  it('keeps the city’s key beside the centre’s own, readable by the owner only', () => {
    const directory = freshDirectory();
    expect(readSecretKey(directory, cityCprKeyFile)).toBeUndefined();
    const city = Buffer.alloc(32, 7);
    saveSecretKey(directory, cityCprKeyFile, city);
    expect(readSecretKey(directory, cityCprKeyFile)?.equals(city)).toBe(true);
    expect(statSync(path.join(directory, cityCprKeyFile)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecretKey(directory).equals(city)).toBe(false);
  });
});
