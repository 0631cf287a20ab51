import { readSettings } from './env.js';
import { closeOnSignals, startServer } from './server.js';

const settings = (() => {
  try {
    return readSettings(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
})();

const running = await startServer(settings).catch((error: unknown) => {
  // A refused database (newer or out of step) or a port in use: say so plainly, no stack trace.
  console.error(`dintur could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const { url } = running;
console.log(`dintur centre server for ${running.engine.config().centre.name}`);
console.log(`  data:      ${settings.dataDir}`);
console.log(`  kiosk:     ${url}/kiosk/     (?kiosk=reception-2&lang=en)`);
console.log(`  display:   ${url}/display/   (a zone: ?units=pension-care)`);
console.log(`  staff:     ${url}/staff/     (counters, overview, bookings, reports)`);
console.log(`  booking:   ${url}/book       (citizens' phones; a ticket is followed at /t/{code})`);
console.log(`  API:       ${url}/api/centre`);
console.log(`  OpenAPI:   ${url}/api/openapi.json`);
console.log(`  events:    ${url}/api/events`);
if (settings.city) console.log(`  city:      linked to ${settings.city.url} as "${settings.city.centreId}" (the centre serves whether or not the hub answers)`);
if (running.generatedAdminPassword) {
  console.log('');
  console.log(`  First start: created the account "admin" with the password  ${running.generatedAdminPassword}`);
  console.log('  It is shown only this once. Set DINTUR_ADMIN_PASSWORD to choose it yourself.');
}

closeOnSignals(running);
