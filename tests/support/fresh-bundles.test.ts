import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBundles } from './fresh-bundles.js';

// A small workspace on disk with the real layout (root package.json with workspaces, an app
// with dist/, a shared package it imports), its files' times set by hand.
let root = '';
const hour = 3_600_000;
const start = Date.UTC(2026, 0, 5, 9);

function write(file: string, text: string, at: number) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, new Date(at), new Date(at));
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dintur-bundles-'));
  write('package.json', JSON.stringify({ workspaces: ['shared', 'web', 'staff-app'] }), start);
  write('shared/package.json', JSON.stringify({ name: '@dintur/shared' }), start);
  write('shared/src/index.ts', 'export const a = 1;', start);
  write('web/package.json', JSON.stringify({ name: '@dintur/web', dependencies: { '@dintur/shared': '*' } }), start);
  write('web/src/index.ts', "export { a } from '@dintur/shared';", start);
  // The app does not declare @dintur/web: found through its import.
  write('staff-app/package.json', JSON.stringify({ name: '@dintur/staff-app' }), start);
  write('staff-app/index.html', '<div id="root"></div>', start);
  write('staff-app/src/main.tsx', "import { a } from '@dintur/web';", start);
  write('staff-app/dist/index.html', 'built', start + hour);
  write('staff-app/dist/assets/index.js', 'built', start + hour);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the check that built bundles are not older than their sources', () => {
  it('passes a bundle built after every source it draws on', () => {
    expect(staleBundles(root, ['staff-app'])).toEqual([]);
  });

  it('names the app, the newer source and the build command when the app changed after its build', () => {
    write('staff-app/src/main.tsx', "import { a } from '@dintur/web'; // edited", start + 2 * hour);
    expect(staleBundles(root, ['staff-app'])).toEqual([
      { app: 'staff-app', problem: 'staff-app/dist is older than staff-app/src/main.tsx: run `npm run build -w @dintur/staff-app`' },
    ]);
  });

  it('counts a change in a package the app imports, even one reached through another package', () => {
    write('shared/src/index.ts', 'export const a = 2;', start + 2 * hour);
    expect(staleBundles(root, ['staff-app']).map(({ problem }) => problem)).toEqual([
      'staff-app/dist is older than shared/src/index.ts: run `npm run build -w @dintur/staff-app`',
    ]);
  });

  it('ages a bundle by its oldest file, so half a build does not count as built', () => {
    write('staff-app/dist/assets/index.js', 'built', start - hour);
    write('staff-app/src/main.tsx', "import { a } from '@dintur/web';", start);
    expect(staleBundles(root, ['staff-app'])).toHaveLength(1);
  });

  it('ignores tests beside the code, which are not in the bundle', () => {
    write('staff-app/src/main.test.tsx', 'test', start + 2 * hour);
    expect(staleBundles(root, ['staff-app'])).toEqual([]);
  });

  it('reports an app that was never built', () => {
    rmSync(path.join(root, 'staff-app/dist'), { recursive: true });
    expect(staleBundles(root, ['staff-app'])).toEqual([
      { app: 'staff-app', problem: 'staff-app is not built (no staff-app/dist): run `npm run build -w @dintur/staff-app`' },
    ]);
  });
});
