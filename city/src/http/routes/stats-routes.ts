import { cityOperations as operations } from '@dintur/shared';
import type { createCityStatistics } from '../../services/stats.js';
import { defineRoute, type RouteTarget } from '../define-route.js';

/** City statistics. */
export function registerStatsRoutes(target: RouteTarget, statistics: ReturnType<typeof createCityStatistics>): void {
  defineRoute(target, operations.stats, ({ query }) => statistics.report(query));
}
