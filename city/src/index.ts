export { startHub, type RunningHub } from './hub.js';
export { readHubSettings, type HubSettings } from './env.js';
export { openEmbeddedDatabase, openServerDatabase, type Database } from './data/database.js';
export { MigrationError } from './data/migrate.js';
