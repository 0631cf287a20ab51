import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, FakeEvent } from '@dintur/electron-shell/testing';
import { createKioskWindow, isZoomKey, rendererUrl } from './window.js';

// Electron's binary cannot run here (it is downloaded on first run); the module is a fake.
const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

const key = (input: { key: string; control?: boolean; meta?: boolean; type?: string }) => ({
  type: input.type ?? 'keyDown',
  key: input.key,
  control: input.control ?? false,
  meta: input.meta ?? false,
});

describe('rendererUrl', () => {
  it('is the renderer file on disk, as a file URL', () => {
    expect(rendererUrl('/opt/dintur kiosk/dist/renderer/index.html')).toBe('file:///opt/dintur%20kiosk/dist/renderer/index.html');
  });
});

describe('createKioskWindow', () => {
  it('is electron-shell’s locked-down window in the kiosk’s paper colour', () => {
    createKioskWindow('/app/dist/preload/index.cjs');
    expect(FakeBrowserWindow.made.at(-1)?.options).toMatchObject({ kiosk: true, backgroundColor: '#f4f1ea' });
  });

  it('is electron-shell’s sandboxed, isolated page with the kiosk’s preload, and no sound without a touch', () => {
    createKioskWindow('/app/dist/preload/index.cjs');
    const preferences = FakeBrowserWindow.made.at(-1)?.options.webPreferences;
    expect(preferences).toMatchObject({ preload: '/app/dist/preload/index.cjs', sandbox: true, contextIsolation: true });
    expect(preferences).not.toHaveProperty('autoplayPolicy');
  });

  it('swallows Ctrl +, Ctrl - and Ctrl 0, and lets other keys through', () => {
    createKioskWindow('/app/dist/preload/index.cjs');
    const contents = FakeBrowserWindow.made.at(-1)!.webContents;
    const press = (input: ReturnType<typeof key>) => {
      const event = new FakeEvent();
      contents.emit('before-input-event', event, input);
      return event.defaultPrevented;
    };
    expect([press(key({ key: '+', control: true })), press(key({ key: '-', control: true })), press(key({ key: '0', meta: true }))]).toEqual([true, true, true]);
    expect([press(key({ key: 'a', control: true })), press(key({ key: '+' })), press(key({ key: 'Enter' }))]).toEqual([false, false, false]);
  });

  it('puts the page zoom back at once when Ctrl + wheel changes it', () => {
    createKioskWindow('/app/dist/preload/index.cjs');
    const contents = FakeBrowserWindow.made.at(-1)!.webContents;
    contents.emit('zoom-changed', new FakeEvent(), 'in');
    expect(contents.setZoomLevel).toHaveBeenCalledWith(0);
  });
});

describe('isZoomKey', () => {
  it('is only a key going down with Ctrl or Cmd', () => {
    expect(isZoomKey(key({ key: '=', control: true }))).toBe(true);
    expect(isZoomKey(key({ key: '=', control: true, type: 'keyUp' }))).toBe(false);
  });
});
