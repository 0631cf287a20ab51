/**
 * The pure steps of statistics that a centre and the city hub share, so that the hub's figures
 * are worked out exactly as the centre's own report: visits rebuilt from the event log, their
 * queue stays, and the figures of a group of stays.
 */
export type { LoggedEvent } from './logged-event.js';
export * from './visits.js';
export * from './waits.js';
export * from './descriptive.js';
export * from './outcomes.js';
export * from './figures.js';
export * from './event-details.js';
