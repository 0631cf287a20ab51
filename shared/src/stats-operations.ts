import type { Operation } from './operations.js';
import { StatsQuery, StatsReport } from './stats.js';

/** Statistics and evaluation: unit leaders read the figures of a period. */
export const statsOperations = {
  getStats: {
    method: 'get',
    path: '/api/stats',
    summary: 'Figures of a period (local dates, inclusive): volumes, waits, outcomes, channels, appointments, counters, estimates',
    access: ['manager', 'admin'],
    query: StatsQuery,
    status: 200,
    response: StatsReport,
  },
} as const satisfies Record<string, Operation>;
