import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from '@dintur/electron-shell/testing';
import { createDisplayWindow, displayUrl } from './window.js';

const electron = await vi.hoisted(async () => (await import('@dintur/electron-shell/testing')).createFakeElectron());
vi.mock('electron', () => electron);

describe('displayUrl', () => {
  it('is the server’s /display page', () => {
    expect(displayUrl('http://server:8080')).toBe('http://server:8080/display');
    expect(displayUrl('http://server:8080/')).toBe('http://server:8080/display');
  });

  it('keeps a path prefix the server is published under', () => {
    expect(displayUrl('https://intra.example.dk/dintur')).toBe('https://intra.example.dk/dintur/display');
  });

  it('refuses an empty server: a display needs one', () => {
    expect(() => displayUrl('')).toThrow(/needs a server/);
  });
});

describe('createDisplayWindow', () => {
  it('is electron-shell’s locked-down window, black while the server is away', () => {
    createDisplayWindow('/app/dist/preload/index.cjs');
    expect(FakeBrowserWindow.made.at(-1)?.options).toMatchObject({ kiosk: true, backgroundColor: '#000000' });
  });

  it('lets the page play the chime untouched, on top of electron-shell’s sandboxed, isolated page', () => {
    createDisplayWindow('/app/dist/preload/index.cjs');
    expect(FakeBrowserWindow.made.at(-1)?.options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      autoplayPolicy: 'no-user-gesture-required',
    });
  });
});
