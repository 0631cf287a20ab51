import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBundles } from '../../support/fresh-bundles.js';

/**
 * The browser project's global set-up: the server serves each web app from its dist/, so a
 * bundle older than its sources would let the browser tests pass on yesterday's code. `npm test`
 * builds first (pretest); a direct `npx vitest run` does not, so the stale apps are built here
 * (a few seconds each), and if one still is not fresh the run stops naming it.
 */
export default function buildStaleBundles(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  for (const { app, problem } of staleBundles(root)) {
    process.stderr.write(`browser tests: ${problem.replace(/: run .*$/, '')}; building it\n`);
    execFileSync('npm', ['run', 'build', '-w', `@dintur/${app}`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const stale = staleBundles(root);
  if (stale.length > 0) {
    throw new Error(`The browser tests would run on stale bundles:\n${stale.map(({ problem }) => `  - ${problem}`).join('\n')}\n(or \`npm run build\` for all)`);
  }
}
