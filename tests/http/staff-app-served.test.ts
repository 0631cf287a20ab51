import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { serverPerTest } from './helpers.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../staff-app/dist/index.html');

/** The built staff app as the server serves it at /staff (needs `npm run build -w @dintur/staff-app`). */
describe('the staff app served at /staff', () => {
  const server = serverPerTest();
  beforeAll(() => {
    if (!existsSync(builtIndex)) throw new Error(`The staff app is not built (${builtIndex} is missing): run "npm run build -w @dintur/staff-app" first.`);
  });

  it('answers every page path below /staff with the app, whose scripts load by absolute URL', async () => {
    const redirect = await fetch(`${server().url}/staff`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/staff/');

    for (const page of ['/staff/', '/staff/counter', '/staff/admin/counters', '/staff/report?from=2026-11-01&to=2026-11-30']) {
      const response = await fetch(`${server().url}${page}`);
      expect(response.status, page).toBe(200);
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expect(html).toContain('lang="da"');
      const script = /<script type="module" crossorigin src="(\/staff\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script, page).toBeDefined();
      const asset = await fetch(`${server().url}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
    }
  });
});
