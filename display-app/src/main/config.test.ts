import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisplayConfigError, readDisplayConfig, resolveConfigPath } from './config.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'dintur-display-config-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function configFile(content: string): Promise<string> {
  const file = path.join(directory, 'display.json');
  await writeFile(file, content);
  return file;
}

async function problemOf(promise: Promise<unknown>): Promise<DisplayConfigError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DisplayConfigError)) throw new Error(`expected a DisplayConfigError, got ${String(error)}`);
  return error;
}

describe('resolveConfigPath', () => {
  const userDataPath = '/home/display/.config/dintur';

  it('takes --config <file> first, resolved against the working directory', () => {
    const argv = ['electron', 'index.cjs', '--config', 'wing-b.json'];
    expect(resolveConfigPath({ argv, environment: { DINTUR_DISPLAY_CONFIG: '/etc/other.json' }, userDataPath })).toBe(path.resolve('wing-b.json'));
  });

  it('accepts --config=<file> too', () => {
    expect(resolveConfigPath({ argv: ['x', '--config=/etc/dintur/display.json'], environment: {}, userDataPath })).toBe('/etc/dintur/display.json');
  });

  it('falls back to DINTUR_DISPLAY_CONFIG, then display.json in userData', () => {
    expect(resolveConfigPath({ argv: [], environment: { DINTUR_DISPLAY_CONFIG: '/etc/dintur/display.json' }, userDataPath })).toBe('/etc/dintur/display.json');
    expect(resolveConfigPath({ argv: [], environment: {}, userDataPath })).toBe(path.join(userDataPath, 'display.json'));
  });

  it('refuses a --config without a file rather than silently using the default', () => {
    expect(() => resolveConfigPath({ argv: ['x', '--config'], environment: {}, userDataPath })).toThrow(/--config needs a file path/);
    expect(() => resolveConfigPath({ argv: ['x', '--config', '--kiosk'], environment: {}, userDataPath })).toThrow(DisplayConfigError);
  });
});

describe('readDisplayConfig', () => {
  it('reads a valid file and fills in the defaults', async () => {
    const file = await configFile(JSON.stringify({ serverUrl: 'http://server:8080', unitIds: ['pension-care'] }));
    await expect(readDisplayConfig(file)).resolves.toEqual({
      serverUrl: 'http://server:8080',
      unitIds: ['pension-care'],
      counterIds: [],
      secondLanguage: null,
      sound: true,
    });
  });

  it('names the missing file and how to provide one', async () => {
    const missing = path.join(directory, 'nowhere.json');
    const error = await problemOf(readDisplayConfig(missing));
    expect(error.message).toContain(missing);
    expect(error.message).toContain('config.example.json');
    expect(error.message).toContain('--config');
    expect(error.filePath).toBe(missing);
  });

  it('says the file is not valid JSON, and which file', async () => {
    const file = await configFile('{ "serverUrl": "http://server:8080", }');
    const error = await problemOf(readDisplayConfig(file));
    expect(error.message).toMatch(/is not valid JSON/);
    expect(error.message).toContain(file);
  });

  it('lists every bad field together, not only the first', async () => {
    const file = await configFile(
      JSON.stringify({ unitIds: 'pension-care', counterIds: [''], secondLanguage: 'de', sound: 'yes', unitIDs: ['typo'] }),
    );
    const error = await problemOf(readDisplayConfig(file));
    expect(error.problems).toHaveLength(6);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^serverUrl: a display needs a server/),
        expect.stringMatching(/^unitIds: /),
        expect.stringMatching(/^counterIds\.0: /),
        expect.stringMatching(/^secondLanguage: /),
        expect.stringMatching(/^sound: /),
        expect.stringMatching(/^unitIDs: not a display setting/),
      ]),
    );
    for (const problem of error.problems) expect(error.message).toContain(problem);
    expect(error.message).toContain('6 problem(s)');
  });

  it('wants an http(s) server address, not an empty one or another scheme', async () => {
    const empty = await problemOf(readDisplayConfig(await configFile(JSON.stringify({ serverUrl: '' }))));
    expect(empty.problems).toEqual([expect.stringMatching(/^serverUrl: a display needs a server/)]);
    const ftp = await problemOf(readDisplayConfig(await configFile(JSON.stringify({ serverUrl: 'ftp://server' }))));
    expect(ftp.problems).toEqual([expect.stringMatching(/^serverUrl: must be an http or https address/)]);
  });
});
