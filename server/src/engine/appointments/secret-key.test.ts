import { mkdtempSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cprKeyFile, loadOrCreateSecretKey } from './secret-key.js';

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
});
