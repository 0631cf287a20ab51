export * from './config-file.js';
export * from './recovery.js';
