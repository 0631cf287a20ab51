import express from 'express';
import type { TrustedProxy } from '@dintur/shared';
import type { Database } from '../data/database.js';
import type { Accounts } from '../services/accounts.js';
import type { CentreCalendars } from '../services/booking/calendars.js';
import type { Centres } from '../services/centres.js';
import type { createCityStatistics } from '../services/stats.js';
import { createGatekeeper } from './auth.js';
import { apiNotFound, errorHandler } from './errors.js';
import { cityOpenApiDocument } from './openapi.js';
import { guardStateChangingRequests, securityHeaders } from './request-guard.js';
import { registerAccountRoutes } from './routes/account-routes.js';
import { registerBookingRoutes, type BookingServices } from './routes/booking-routes.js';
import { registerCentreRoutes } from './routes/centre-routes.js';
import { registerStatsRoutes } from './routes/stats-routes.js';
import { serveCityWebApps } from './web-apps.js';

export type HubServices = {
  db: Database;
  accounts: Accounts;
  centres: Centres;
  statistics: ReturnType<typeof createCityStatistics>;
  booking: BookingServices;
  calendars: CentreCalendars;
  now: () => number;
};

/** Who the hub believes and whose pages count as its own. */
export type HubHttpOptions = {
  /** Proxies whose X-Forwarded-* headers are believed (Express's `trust proxy`); default none. */
  trustedProxy?: TrustedProxy | undefined;
  /** Origins besides the request's own whose pages count as the hub's own. */
  ownOrigins?: readonly string[] | undefined;
};

/** The hub's HTTP app: the JSON API under /api and its pages. */
export function createHubApp(services: HubServices, options: HubHttpOptions = {}) {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Behind a TLS proxy: the client's address, HTTPS (Secure cookies), the host.
  if (options.trustedProxy !== undefined) app.set('trust proxy', options.trustedProxy);
  app.use(securityHeaders());
  // Pages of other origins (another port or subdomain is the same site) get nothing done with a sign-in.
  app.use('/api', guardStateChangingRequests(options.ownOrigins ?? []));
  const json = ['application/json', 'application/*+json'];
  // A centre's batch of 5,000 events is about 2 MB of JSON; nobody else needs more than a little.
  app.use('/api/centres/:centreId/events', express.json({ limit: '8mb', type: json }));
  app.use('/api', express.json({ limit: '256kb', type: json }), (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  const api = express.Router();
  const target = { router: api, gatekeeper: createGatekeeper(services.accounts, services.centres) };
  registerAccountRoutes(target, services.accounts);
  registerCentreRoutes(target, services);
  registerStatsRoutes(target, services.statistics);
  registerBookingRoutes(target, services.booking);
  const openApi = cityOpenApiDocument();
  api.get('/api/openapi.json', (_request, response) => void response.json(openApi));
  app.use(api);
  app.use('/api', apiNotFound);
  serveCityWebApps(app);
  app.use(errorHandler);
  return app;
}
