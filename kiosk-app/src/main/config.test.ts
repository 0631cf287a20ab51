import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KioskConfigError, readKioskConfig, resolveConfigPath } from './config.js';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'dintur-kiosk-config-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function configFile(content: string): Promise<string> {
  const file = path.join(directory, 'kiosk.json');
  await writeFile(file, content);
  return file;
}

async function problemOf(promise: Promise<unknown>): Promise<KioskConfigError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof KioskConfigError)) throw new Error(`expected a KioskConfigError, got ${String(error)}`);
  return error;
}

describe('resolveConfigPath', () => {
  const userDataPath = '/home/kiosk/.config/dintur-kiosk';

  it('takes --config <file> first, then DINTUR_KIOSK_CONFIG, then kiosk.json in userData', () => {
    expect(resolveConfigPath({ argv: ['electron', 'index.cjs', '--config', 'reception.json'], environment: { DINTUR_KIOSK_CONFIG: '/etc/x.json' }, userDataPath })).toBe(
      path.resolve('reception.json'),
    );
    expect(resolveConfigPath({ argv: ['x', '--config=/etc/dintur/kiosk.json'], environment: {}, userDataPath })).toBe('/etc/dintur/kiosk.json');
    expect(resolveConfigPath({ argv: [], environment: { DINTUR_KIOSK_CONFIG: '/etc/dintur/kiosk.json' }, userDataPath })).toBe('/etc/dintur/kiosk.json');
    expect(resolveConfigPath({ argv: [], environment: {}, userDataPath })).toBe(path.join(userDataPath, 'kiosk.json'));
  });

  it('refuses a --config without a file rather than silently using the default', () => {
    expect(() => resolveConfigPath({ argv: ['x', '--config'], environment: {}, userDataPath })).toThrow(/--config needs a file path/);
    expect(() => resolveConfigPath({ argv: ['x', '--config', '--kiosk'], environment: {}, userDataPath })).toThrow(KioskConfigError);
  });
});

describe('readKioskConfig', () => {
  it('reads a valid file with a network printer and fills in the defaults', async () => {
    const file = await configFile(
      JSON.stringify({ serverUrl: 'http://server:8080', kioskId: 'reception-1', printer: { connection: { type: 'tcp', host: '10.0.0.40' } } }),
    );
    await expect(readKioskConfig(file)).resolves.toEqual({
      serverUrl: 'http://server:8080',
      kioskId: 'reception-1',
      printer: { connection: { type: 'tcp', host: '10.0.0.40', port: 9100 }, columns: 42 },
    });
  });

  it('takes a kiosk without a printer of its own (the server prints, or the screen is the ticket)', async () => {
    const file = await configFile(JSON.stringify({ serverUrl: 'https://intra.example.dk/dintur', kioskId: 'wing-b' }));
    await expect(readKioskConfig(file)).resolves.toMatchObject({ kioskId: 'wing-b', printer: null });
  });

  it('names the missing file and how to provide one', async () => {
    const missing = path.join(directory, 'nowhere.json');
    const error = await problemOf(readKioskConfig(missing));
    expect(error.message).toContain(missing);
    expect(error.message).toContain('config.example.json');
    expect(error.message).toContain('DINTUR_KIOSK_CONFIG');
  });

  it('says the file is not valid JSON, and which file', async () => {
    const file = await configFile('{ "serverUrl": "http://server:8080", }');
    const error = await problemOf(readKioskConfig(file));
    expect(error.message).toMatch(/is not valid JSON/);
    expect(error.message).toContain(file);
  });

  it('lists every bad field at once, unknown ones by name', async () => {
    const file = await configFile(
      JSON.stringify({
        serverUrl: '',
        kioskId: 'Reception 1',
        printer: { connection: { type: 'usb', device: 'lp0' }, columns: 100 },
        printr: { connection: { type: 'tcp', host: 'x' } },
      }),
    );
    const error = await problemOf(readKioskConfig(file));
    expect(error.problems).toEqual([
      expect.stringMatching(/^serverUrl: a kiosk needs a server/),
      expect.stringMatching(/^kioskId: lower-case letters/),
      expect.stringMatching(/^printer\.connection\.device: a device path/),
      expect.stringMatching(/^printer\.columns: /),
      expect.stringMatching(/^printr: not a kiosk setting \(known: serverUrl, kioskId, printer\)/),
    ]);
    expect(error.message).toContain('5 problem(s)');
    expect(error.message).toContain(file);
  });

  it('refuses a server address that is not http(s)', async () => {
    const file = await configFile(JSON.stringify({ serverUrl: 'ftp://server', kioskId: 'reception-1' }));
    expect((await problemOf(readKioskConfig(file))).problems).toEqual(['serverUrl: must be an http or https address, e.g. "http://server:8080"']);
  });
});
