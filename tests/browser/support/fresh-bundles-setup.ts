import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBundles } from '../../support/fresh-bundles.js';

/**
 * The browser project's global set-up: the server serves each web app from its dist/, so a
 * bundle older than its sources would let the browser tests pass on yesterday's code. `npm test`
 * builds first (pretest); a direct `npx vitest run` does not, so refuse to start instead.
 */
export default function refuseStaleBundles(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const stale = staleBundles(root);
  if (stale.length > 0) {
    throw new Error(`The browser tests would run on stale bundles:\n${stale.map(({ problem }) => `  - ${problem}`).join('\n')}\n(or \`npm run build\` for all)`);
  }
}
