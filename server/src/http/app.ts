import express from 'express';
import type { CityLinkStatus, TrustedProxy } from '@dintur/shared';
import type { Engine } from '../engine/engine.js';
import { tokenOf } from './auth.js';
import { apiNotFound, errorHandler } from './errors.js';
import { createEventStream, defaultStreamLimits } from './event-stream.js';
import { parseDeviceAddresses } from './device-addresses.js';
import { openApiDocument } from './openapi.js';
import { clientOf, perClientRateLimit } from './rate-limit.js';
import { silentNotifier, type Notifier } from '../notify/index.js';
import { registerAppointmentRoutes } from './routes/appointment-routes.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { registerCounterRoutes } from './routes/counter-routes.js';
import { registerDeviceRoutes } from './routes/device-routes.js';
import { createKioskPrinting } from '../printing/kiosk-printing.js';
import { allowPublicApiFromKioskShell, isPublicOperation, registerKioskRoutes } from './routes/kiosk-routes.js';
import { guardStateChangingRequests, securityHeaders } from './request-guard.js';
import { registerPublicRoutes } from './routes/public-routes.js';
import { registerStaffAppRoutes } from './routes/staff-app-routes.js';
import { registerStatsRoutes } from './routes/stats-routes.js';
import { registerPlanRoutes } from './routes/plan-routes.js';
import { registerCityLinkRoutes } from './routes/city-link-routes.js';
import { registerTicketSmsRoutes } from './routes/ticket-sms-routes.js';
import { serveWebApps } from './web-apps.js';

export type AppOptions = {
  engine: Engine;
  /** Tickets one client may take a minute; 0 turns the limit off. */
  issueLimitPerMinute: number;
  /** Public bookings one client may make a minute (the signed-in desk is not limited); 0 turns the limit off. Default 10. */
  bookingLimitPerMinute?: number;
  /** Caps on anonymous event streams; the device addresses and signed-in staff are never capped (docs/DECISIONS.md, "Caps"). */
  eventStreams?: { perClient?: number; total?: number; stalledMs?: number; deviceAddresses?: readonly string[] };
  heartbeatMs?: number;
  /** Sends appointment confirmations (e-mail, SMS); default: nobody is told. */
  notifier?: Notifier;
  /** The link to the city hub, when the centre is part of one. */
  cityLink?: () => CityLinkStatus;
  /** Proxies whose X-Forwarded-* headers are believed (Express's `trust proxy`); default none. */
  trustedProxy?: TrustedProxy;
  /** Origins besides the request's own whose pages count as the server's own. */
  ownOrigins?: readonly string[];
};

/** The HTTP app of a centre server: the JSON API under /api and the live event stream. */
export function createApp(options: AppOptions) {
  const { engine } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Behind a TLS proxy: the client's address (per-client limits), HTTPS (Secure cookies), the host.
  if (options.trustedProxy !== undefined) app.set('trust proxy', options.trustedProxy);
  app.use(securityHeaders());

  // The kiosk shell's page is loaded from disk: its calls to the public API are cross-origin.
  app.use('/api', allowPublicApiFromKioskShell());
  // Pages of other origins (another port or subdomain is the same site) get nothing done with a sign-in.
  app.use(
    '/api',
    guardStateChangingRequests({
      ownOrigins: options.ownOrigins ?? [],
      isPublic: isPublicOperation,
      hasCredentials: (request) => request.headers.authorization !== undefined || tokenOf(request) !== undefined,
    }),
  );
  const signedIn = (request: express.Request) => {
    const token = tokenOf(request);
    return token !== undefined && engine.staff.authenticate(token) !== undefined;
  };
  const devices = parseDeviceAddresses(options.eventStreams?.deviceAddresses ?? []);
  if ('errors' in devices) throw new Error(`Device addresses: ${devices.errors.join('; ')}`);
  const events = createEventStream(engine, options.heartbeatMs ?? 15_000, {
    perClient: options.eventStreams?.perClient ?? defaultStreamLimits.perClient,
    total: options.eventStreams?.total ?? defaultStreamLimits.total,
    stalledMs: options.eventStreams?.stalledMs ?? defaultStreamLimits.stalledMs,
    clientOf,
    // Kiosks and displays by their network; staff apps by their sign-in.
    isExempt: (request) => devices.matches(request.ip ?? request.socket.remoteAddress ?? '') || signedIn(request),
  });
  app.use('/api', express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }), (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Operation paths in the shared map are absolute (`/api/...`).
  const api = express.Router();
  const context = {
    router: api,
    engine,
    authenticator: engine.staff,
    durable: engine.durable,
    issueLimit: perClientRateLimit(options.issueLimitPerMinute, engine.clock, 'tickets'),
  };
  registerPublicRoutes(context);
  registerCounterRoutes(context);
  registerAdminRoutes(context);
  registerAppointmentRoutes(context, {
    notifier: options.notifier ?? silentNotifier,
    limitPerMinute: options.issueLimitPerMinute,
    bookingsPerMinute: options.bookingLimitPerMinute ?? 10,
  });
  registerStaffAppRoutes(context);
  registerKioskRoutes(context);
  registerStatsRoutes(context);
  registerPlanRoutes(context);
  registerCityLinkRoutes(context, options.cityLink);
  registerTicketSmsRoutes(context, { limitPerMinute: options.issueLimitPerMinute });
  // The printers the server drives for kiosk pages in a plain browser.
  const printing = createKioskPrinting(engine);
  registerDeviceRoutes(context, printing);
  api.get('/api/events', (request, response, next) => events.handle(request, response, next));
  const openApi = openApiDocument();
  api.get('/api/openapi.json', (_request, response) => void response.json(openApi));
  app.use(api);
  app.use('/api', apiNotFound);
  const bookingUrl = engine.appointments.bookingUrl();
  serveWebApps(app, bookingUrl === null ? undefined : { bookingUrl, appointmentUrl: (code) => engine.appointments.cityPageOf(code) });
  app.use(errorHandler);
  return { app, events, printing };
}
