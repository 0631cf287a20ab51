import { describe, expect, it } from 'vitest';
import { apiBase, readDisplaySettings } from './display-settings.js';

describe('display settings', () => {
  it('reads the zone, second language, sound and text from the URL', () => {
    const result = readDisplaySettings('?units=pension-care&counters=po-7,po-8&second=en&sound=0&text=Husk%20sundhedskortet');
    expect(result).toEqual({
      ok: true,
      settings: {
        config: { serverUrl: '', unitIds: ['pension-care'], counterIds: ['po-7', 'po-8'], secondLanguage: 'en', sound: false },
        noticeText: 'Husk sundhedskortet',
        heartbeatSeconds: 15,
        showQueues: true,
      },
    });
  });

  it('defaults to the whole centre, Danish only, with sound', () => {
    const result = readDisplaySettings('');
    expect(result.ok && result.settings.config).toEqual({ serverUrl: '', unitIds: [], counterIds: [], secondLanguage: null, sound: true });
  });

  it("takes the shell's config over the URL's zone", () => {
    const result = readDisplaySettings('?units=borgerservice&text=Hej', { serverUrl: 'http://10.0.0.2:8080', unitIds: ['social-centre'] });
    expect(result.ok && result.settings.config.unitIds).toEqual(['social-centre']);
    expect(result.ok && result.settings.noticeText).toBe('Hej');
  });

  it('lists every problem of a bad configuration', () => {
    const result = readDisplaySettings('?second=fr&server=ftp://x&heartbeat=-1');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toHaveLength(3);
  });

  it('cuts an overlong text', () => {
    const result = readDisplaySettings(`?text=${'a'.repeat(500)}`);
    expect(result.ok && result.settings.noticeText).toHaveLength(200);
  });

  it("resolves API paths against the configured server, or the page's origin", () => {
    expect(apiBase({ serverUrl: '', unitIds: [], counterIds: [], secondLanguage: null, sound: true }, 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(apiBase({ serverUrl: 'http://host/dintur', unitIds: [], counterIds: [], secondLanguage: null, sound: true }, 'x')).toBe('http://host/dintur/');
  });
});
