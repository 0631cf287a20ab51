export * from './domain.js';
export * from './errors.js';
export * from './config.js';
export * from './schemas.js';
export * from './events.js';
export * from './operations.js';
export * from './display.js';
export * from './kiosk.js';
