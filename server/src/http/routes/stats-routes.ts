import { operations } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** Statistics for unit leaders: the figures of a period. */
export function registerStatsRoutes(context: RouteContext): void {
  defineRoute(context, operations.getStats, ({ query }) => context.engine.statistics(query));
}
