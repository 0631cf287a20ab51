/**
 * The engine's public surface: what http/, planning/, city/, notify/, printing/ and the server's
 * start may use (eslint.config.js holds them to it; docs/ARCHITECTURE.md, "The server in three
 * layers"). Everything else under engine/ is its inside and may change freely.
 */
export { createEngine, type Engine, type EngineOptions } from './engine.js';
export { badRequest, DomainError, forbidden, InputError, invalidInput, invalidState, notFound } from './errors.js';
export type { EngineContext, PublishedEvent } from './context.js';
export { isLeader, mayServe, type Actor } from './permissions.js';
export { ManualClock, systemClock, type Clock } from './clock.js';
export { indexCentre, type CentreIndex } from './centre-index.js';
export { withWarnings } from './config-service.js';
/** The pure figures of a period from its events (statistics/report.ts), for the benchmark of a year's report. */
export { buildReport, type ReportInput } from './statistics/report.js';
export { sessionTtlMs } from './staff-service.js';
export { cityCprKeyFile, cprKeyFile, loadOrCreateSecretKey, readSecretKey, saveSecretKey } from './appointments/secret-key.js';
/** What storage failure an error is (full, read-only, damaged), for the error middleware's 507 / 503. */
export { storageFailureOf, type StorageFailure } from '../data/database.js';
