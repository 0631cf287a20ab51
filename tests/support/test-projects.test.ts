import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// vitest.config.ts splits the tests into projects (unit, integration, browser). A test file that
// no project's globs reach never runs and nobody notices; one that two projects reach runs twice.
// So ask vitest itself which files each project finds, and hold that against git's list.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'dintur-projects-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function projectsByFile(): Map<string, string[]> {
  const out = path.join(scratch, 'list.json');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'list', '--filesOnly', `--json=${out}`], {
    cwd: root,
    stdio: 'ignore',
  });
  const listed = JSON.parse(readFileSync(out, 'utf8')) as { file: string; projectName: string }[];
  const byFile = new Map<string, string[]>();
  for (const { file, projectName } of listed) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    byFile.set(relative, [...(byFile.get(relative) ?? []), projectName]);
  }
  return byFile;
}

function testFilesInGit(): string[] {
  return execFileSync('git', ['ls-files', '*.test.ts', '*.test.tsx'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '' && !file.split('/').includes('node_modules') && existsSync(path.join(root, file)));
}

describe('the vitest projects', () => {
  let byFile = new Map<string, string[]>();
  beforeAll(() => {
    byFile = projectsByFile();
  });

  it('run every test file in git exactly once, Chromium files in browser and nothing else there', () => {
    const files = testFilesInGit();
    expect(files.length).toBeGreaterThan(100);
    const misplaced = files
      .map((file) => ({ file, projects: byFile.get(file) ?? [] }))
      .filter(({ file, projects }) => projects.length !== 1 || (projects[0] === 'browser') !== file.startsWith('tests/browser/'));
    expect(misplaced).toEqual([]);
  });

  it('find the test files of the shared web package and the Electron shell in the unit project', () => {
    const unitFiles = [...byFile].filter(([, projects]) => projects.includes('unit')).map(([file]) => file);
    // Places whose globs were added one by one (and .tsx beside .ts): each must be reached.
    for (const place of ['web/src/', 'electron-shell/src/', 'staff-app/src/', 'server/src/']) {
      expect(unitFiles.some((file) => file.startsWith(place)), place).toBe(true);
    }
  });
});
