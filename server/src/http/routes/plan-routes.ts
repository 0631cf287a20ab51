import { operations } from '@dintur/shared';
import { createPlanning } from '../../planning/forecast.js';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** Planning the day for leaders: the usual plan, its forecast (simulated off the request path) and the progress. */
export function registerPlanRoutes(context: RouteContext): void {
  const planning = createPlanning(context.engine.context);
  defineRoute(context, operations.getPlan, ({ query }) => planning.plan(query.date));
  defineRoute(context, operations.forecastPlan, ({ actor, body }) => planning.forecast(actor, body));
  defineRoute(context, operations.getForecastProgress, ({ actor }) => planning.progress(actor));
}
