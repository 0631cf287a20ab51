import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfigFile, ShellConfigError } from './config-file.js';

// Real files in a throwaway folder; the schema is a small stand-in for the kiosk's and display's.
const configFile = createConfigFile({
  appName: 'sign',
  fileName: 'sign.json',
  environmentVariable: 'DINTUR_SIGN_CONFIG',
  examplePath: 'sign-app/config.example.json',
  schema: z
    .object({
      serverUrl: z.url(),
      unitIds: z.array(z.string().min(1)).default([]),
      screen: z.object({ rotate: z.boolean().default(false) }).strict().default({ rotate: false }),
    })
    .strict(),
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'dintur-shell-config-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function fileWith(content: string): Promise<string> {
  const file = path.join(directory, 'sign.json');
  await writeFile(file, content);
  return file;
}

async function problemOf(promise: Promise<unknown>): Promise<ShellConfigError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ShellConfigError)) throw new Error(`expected a ShellConfigError, got ${String(error)}`);
  return error;
}

describe('resolvePath', () => {
  const userDataPath = '/home/sign/.config/dintur-sign';

  it('takes --config <file> or --config=<file> first, then the environment variable, then the file in userData', () => {
    const environment = { DINTUR_SIGN_CONFIG: '/etc/other.json' };
    expect(configFile.resolvePath({ argv: ['electron', 'index.cjs', '--config', 'wing-b.json'], environment, userDataPath })).toBe(path.resolve('wing-b.json'));
    expect(configFile.resolvePath({ argv: ['x', '--config=/etc/dintur/sign.json'], environment, userDataPath })).toBe('/etc/dintur/sign.json');
    expect(configFile.resolvePath({ argv: [], environment, userDataPath })).toBe('/etc/other.json');
    expect(configFile.resolvePath({ argv: [], environment: { DINTUR_SIGN_CONFIG: '' }, userDataPath })).toBe(path.join(userDataPath, 'sign.json'));
  });

  it('refuses a --config without a file rather than silently using the default', () => {
    expect(() => configFile.resolvePath({ argv: ['x', '--config'], environment: {}, userDataPath })).toThrow(/--config needs a file path: --config \/path\/to\/sign\.json/);
    expect(() => configFile.resolvePath({ argv: ['x', '--config', '--kiosk'], environment: {}, userDataPath })).toThrow(ShellConfigError);
    expect(() => configFile.resolvePath({ argv: ['x', '--config='], environment: {}, userDataPath })).toThrow(ShellConfigError);
  });
});

describe('read', () => {
  it('reads a valid file and fills in the defaults', async () => {
    const file = await fileWith(JSON.stringify({ serverUrl: 'http://server:8080' }));
    await expect(configFile.read(file)).resolves.toEqual({ serverUrl: 'http://server:8080', unitIds: [], screen: { rotate: false } });
  });

  it('names a missing file, the example to start from, and the two ways to name another', async () => {
    const missing = path.join(directory, 'nowhere.json');
    const error = await problemOf(configFile.read(missing));
    expect(error.message).toBe(
      `No sign config at ${missing}. Create it (see sign-app/config.example.json), or name another file with --config <file> or DINTUR_SIGN_CONFIG.`,
    );
    expect(error.filePath).toBe(missing);
  });

  it('says a file it cannot read cannot be read, and which', async () => {
    const folder = path.join(directory, 'sign.json');
    await mkdir(folder);
    const error = await problemOf(configFile.read(folder));
    expect(error.message).toMatch(new RegExp(`^Cannot read the sign config ${folder}: `));
  });

  it('says the file is not valid JSON, and which file', async () => {
    const file = await fileWith('{ "serverUrl": "http://server:8080", }');
    const error = await problemOf(configFile.read(file));
    expect(error.message).toMatch(new RegExp(`^The sign config ${file} is not valid JSON: `));
    expect(error.problems).toEqual([]);
  });

  it('lists every bad field at once, unknown ones by name (with the known ones at the top level)', async () => {
    const file = await fileWith(JSON.stringify({ serverUrl: 'server', unitIds: [''], screen: { rotate: 'yes', flip: true }, unitIDs: ['typo'] }));
    const error = await problemOf(configFile.read(file));
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^serverUrl: /),
        expect.stringMatching(/^unitIds\.0: /),
        expect.stringMatching(/^screen\.rotate: /),
        'screen.flip: not a sign setting',
        'unitIDs: not a sign setting (known: serverUrl, unitIds, screen)',
      ]),
    );
    expect(error.problems).toHaveLength(5);
    expect(error.message.split('\n')[0]).toBe(`The sign config ${file} has 5 problem(s):`);
    for (const problem of error.problems) expect(error.message).toContain(`  ${problem}`);
  });

  it('names the root when the file is not an object at all', async () => {
    const error = await problemOf(configFile.read(await fileWith('[]')));
    expect(error.problems).toEqual([expect.stringMatching(/^\(root\): /)]);
  });
});
