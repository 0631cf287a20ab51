/**
 * What the phases of `npm run bench:city` share: the PostgreSQL server, the simulated days of
 * each centre (made once, when a phase first needs them), the hubs, the plan and progress output.
 */
import path from 'node:path';
import type { PostgresCluster } from '../../support/postgres.js';
import { startHubProcess, type Hub } from './processes.js';
import { simulateSource, type CentreSource } from './tiling.js';

export const plan = {
  /** Distinct simulated days per centre that the year is tiled from. */
  simulatedDaysPerCentre: 20,
  ingest: { centres: 4, batchesPerCentre: 12, batchEvents: 5_000, warmUpBatches: 2, aloneBatches: 4 },
  year: { year: 2025, centres: 8, visits: 1_200_000, statsRuns: 5, sampleMonth: '2025-03' },
  waits: { centres: 8, ticketsPerCentrePerSecond: 2, seconds: 30, pollMs: 50 },
  overhead: { requests: 2_000, perSecond: 100, connections: 8, backlogDays: 20, backgroundCentres: 2 },
  phaseDeadlineMs: 300_000,
} as const;

export type BenchContext = {
  cluster: PostgresCluster;
  progress(message: string): void;
  /** A centre's simulated days (simulated on first use, then kept). */
  source(index: number): Promise<CentreSource>;
  /** A hub on a fresh database. The caller stops it, unless it keeps it as `yearHub`. */
  freshHub(): Promise<Hub>;
  /** The hub that holds the year, once the year phase has loaded it. */
  yearHub: Hub | undefined;
  /** With --profile: hubs (and the overhead phase's centres) run under `node --cpu-prof`, their profiles go here. */
  profileDir: string | undefined;
  /** Seconds spent simulating days so far, and how many. */
  simulation: { seconds: number; days: number };
};

export function createContext(cluster: PostgresCluster, progress: (message: string) => void, profileDir: string | undefined): BenchContext {
  const sources = new Map<number, Promise<CentreSource>>();
  let hubs = 0;
  const context: BenchContext = {
    cluster,
    progress,
    yearHub: undefined,
    profileDir,
    simulation: { seconds: 0, days: 0 },
    source(index) {
      let source = sources.get(index);
      if (!source) {
        const started = performance.now();
        source = simulateSource(index, plan.simulatedDaysPerCentre).then((made) => {
          context.simulation.seconds += (performance.now() - started) / 1000;
          context.simulation.days += made.days.length;
          return made;
        });
        sources.set(index, source);
      }
      return source;
    },
    freshHub() {
      hubs += 1;
      return startHubProcess(cluster, { ...(profileDir && { profileDir: path.join(profileDir, `hub-${hubs}`) }) });
    },
  };
  return context;
}

/** Simulates the sources of `count` centres, saying so (they are made one after another on this thread). */
export async function sourcesOf(context: BenchContext, count: number): Promise<CentreSource[]> {
  const before = context.simulation.days;
  const started = performance.now();
  const made: CentreSource[] = [];
  for (let index = 0; index < count; index += 1) made.push(await context.source(index));
  const simulated = context.simulation.days - before;
  if (simulated > 0) context.progress(`  simulated ${simulated} days on the real engine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return made;
}
