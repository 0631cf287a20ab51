export * from './calendar.js';
export * from './slots.js';
