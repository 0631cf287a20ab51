import { describe, expect, it, vi } from 'vitest';
import { displayChannels, type DisplayConfig } from '@dintur/shared';
import { ipcEventFrom } from '@dintur/electron-shell/testing';
import { answerConfigRequests } from './ipc.js';

const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

const config: DisplayConfig = { serverUrl: 'http://server:8080', unitIds: ['pension-care'], counterIds: [], secondLanguage: 'en', sound: true };

function handler() {
  answerConfigRequests(config, 'http://server:8080');
  const registered = electron.ipcMain.handlers.get(displayChannels.getConfig);
  if (!registered) throw new Error(`nothing handles ${displayChannels.getConfig}`);
  return registered;
}

describe('answerConfigRequests', () => {
  it('answers the server’s page with the config', () => {
    expect(handler()(ipcEventFrom('http://server:8080/display'))).toEqual(config);
  });

  it('refuses a page from another origin', () => {
    expect(() => handler()(ipcEventFrom('https://example.com/display'))).toThrow(/refused/);
  });

  it('refuses a frame that is gone', () => {
    expect(() => handler()(ipcEventFrom(null))).toThrow(/refused/);
  });
});
