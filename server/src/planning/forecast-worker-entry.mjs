// The forecast worker's entry: loads the TypeScript worker through tsx's API, which works in a
// worker thread under tsx (npm start) and under vitest alike (an --import flag does not reach both).
import { tsImport } from 'tsx/esm/api';

await tsImport('./forecast-worker.ts', import.meta.url);
