export { createEngine, type Engine, type EngineOptions } from './engine/engine.js';
export { ManualClock, systemClock, type Clock } from './engine/clock.js';
export { openDatabase, openMemoryDatabase, type Db } from './data/database.js';
export { createApp, type AppOptions } from './http/app.js';
export { closeOnSignals, startServer, type RunningServer } from './server.js';
export { demoConfig } from './seed/demo-config.js';
export { mayServe, type Actor } from './engine/permissions.js';
export { indexCentre } from './engine/centre-index.js';
export { fromLocal } from './engine/calendar.js';
