import { describe, expect, it } from 'vitest';
import { findKioskBridge } from './bridge.js';
import { apiBase, readKioskSettings } from './kiosk-settings.js';

const origin = 'http://server:8080';

describe('readKioskSettings', () => {
  it('reads the kiosk and its language from the URL, talking to the page’s own server', () => {
    expect(readKioskSettings('?kiosk=wing-b&lang=ar', origin)).toEqual({
      ok: true,
      settings: { kioskId: 'wing-b', defaultLanguage: 'ar', apiBase: 'http://server:8080/', shellPrinter: false },
    });
  });

  it('is the demo reception kiosk in Danish by default', () => {
    expect(readKioskSettings('', origin)).toMatchObject({ ok: true, settings: { kioskId: 'reception-1', defaultLanguage: 'da' } });
  });

  it('takes the shell’s config over the URL: its server, and whether it prints itself', () => {
    const config = { serverUrl: 'https://intra.example.dk/dintur', kioskId: 'reception-2', printer: { connection: { type: 'usb', device: '/dev/usb/lp0' } } };
    expect(readKioskSettings('?kiosk=ignored', 'null', config)).toEqual({
      ok: true,
      settings: { kioskId: 'reception-2', defaultLanguage: 'da', apiBase: 'https://intra.example.dk/dintur/', shellPrinter: true },
    });
  });

  it('lists every problem: a bad kiosk id and an unknown language', () => {
    expect(readKioskSettings('?kiosk=Reception%201&lang=xx', origin)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^kiosk: lower-case letters/), expect.stringMatching(/^lang: one of da, en, ar, .*not "xx"$/)],
    });
  });
});

describe('apiBase', () => {
  it('ends in a slash, so a path prefix is kept', () => {
    expect(apiBase('', 'http://server:8080')).toBe('http://server:8080/');
    expect(apiBase('http://host/dintur', 'null')).toBe('http://host/dintur/');
  });
});

describe('findKioskBridge', () => {
  it('finds a complete bridge and nothing else', () => {
    const bridge = { getConfig: () => undefined, print: () => undefined, printerStatus: () => undefined, onScan: () => undefined };
    expect(findKioskBridge({ dinturKiosk: bridge })).toBe(bridge);
    expect(findKioskBridge({ dinturKiosk: { getConfig: () => undefined } })).toBeUndefined();
    expect(findKioskBridge({})).toBeUndefined();
  });
});
