import { readHubSettings } from './env.js';
import { startHub } from './hub.js';

const settings = (() => {
  try {
    return readHubSettings(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const hub = await startHub(settings).catch((error: unknown) => {
  console.error(`dintur city hub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
console.log('dintur city hub');
console.log(`  database:  ${settings.databaseUrl ? settings.databaseUrl.replace(/\/\/[^@/]*@/, '//…@') : `embedded PostgreSQL in ${settings.dataDir}/city-pg`}`);
console.log(`  waits:     ${hub.url}/waits      (citizens: where is the wait shortest)`);
console.log(`  leaders:   ${hub.url}/staff/     (overview, reports, centres)`);
console.log(`  API:       ${hub.url}/api/city/waits`);
console.log(`  OpenAPI:   ${hub.url}/api/openapi.json`);
if (hub.generatedAdminPassword) {
  console.log('');
  console.log(`  First start: created the account "admin" with the password  ${hub.generatedAdminPassword}`);
  console.log('  It is shown only this once. Set DINTUR_ADMIN_PASSWORD to choose it yourself.');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void hub.close().then(() => process.exit(0));
  });
}
