import type { Operation } from './operations.js';
import { Forecast, ForecastBody, ForecastProgress, PlanQuery, PlanView } from './planning.js';
import { Empty } from './schemas.js';

const leaders = ['manager', 'admin'] as const;

/** Planning the day: the usual plan, the forecast of a plan, and its progress. */
export const planOperations = {
  getPlan: {
    method: 'get',
    path: '/api/plan',
    summary: "A day's usual plan (the same weekday's counters in the log), its bookings and what the centre has learned",
    access: leaders,
    query: PlanQuery,
    status: 200,
    response: PlanView,
  },
  forecastPlan: {
    method: 'post',
    path: '/api/plan/forecast',
    summary: 'Simulates the day under the plan (the usual one without): walk-in waits per unit and hour, punctuality, idle time, where it breaks; a past day beside what happened',
    access: leaders,
    body: ForecastBody,
    status: 200,
    response: Forecast,
  },
  getForecastProgress: {
    method: 'get',
    path: '/api/plan/progress',
    summary: "How far the asking leader's running forecast is",
    access: leaders,
    query: Empty,
    status: 200,
    response: ForecastProgress,
  },
} as const satisfies Record<string, Operation>;
