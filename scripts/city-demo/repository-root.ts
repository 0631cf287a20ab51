import { fileURLToPath } from 'node:url';

/** The repository root: children run from here so `--import tsx` and the workspaces resolve. */
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
