/**
 * The day simulator (`@dintur/server/simulation`): citizens drawn from a scenario, played on the
 * real queue engine in-process, and the figures of the day. The planning forecast runs it; the
 * evaluation in tests/simulation (`npm run simulate`) and the demo history use it too.
 */
export { createInProcessDriver, type CentreDriver } from './driver.js';
export { historySeedOffset, openEveryWeekday, playWeekBefore, simulateHistory, weekBefore, weekdaysBetween } from './history.js';
export {
  dayMetrics,
  estimateFigures,
  hourlyReferences,
  judgeEstimates,
  latenessOf,
  totalWaiting,
  type DayMetrics,
  type EstimateFigures,
  type TotalWaiting,
  type WaitFigures,
} from './metrics.js';
export { appointmentRules, fairChoice, plainFcfsChoice, policies, type AppointmentRules, type Policy, type WaitingTicket } from './policies.js';
export { erlangC, mmcWait, referenceWaits } from './queueing-theory.js';
export { RandomStream } from './random.js';
export { loadScenario, Scenario, SimulatedCounter, trueMeanMinutes, VisitClass } from './scenario.js';
export { simulateDay, type CounterRecord, type DayResult, type VisitRecord } from './simulator.js';
export * from './statistics.js';
export { drawVisits, minuteOf, type Visit } from './visits.js';
