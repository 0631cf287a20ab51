import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type RequestHandler } from 'express';
import { normalizeBookingCode, pagePolicy } from '@dintur/shared';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type WebApp = {
  /** Where the built files are served, and (with a trailing slash) the app's own start page. */
  url: string;
  dist: string;
  /** Further page paths answered with the app's index.html (the app routes itself). */
  pages?: string[];
  /** Its Content-Security-Policy: its own scripts, styles and server; never framed. */
  policy: string;
};

/**
 * The built renderers the server serves: a plain browser gets the same app as the Electron shell.
 * The display and the kiosk are built with relative asset URLs (the shells load them from disk),
 * so they must be opened below "/display/" and "/kiosk/"; staff-app and citizen-web are built
 * with absolute ones ("/staff/", "/citizen/") and route by path.
 */
const webApps: WebApp[] = [
  // A display may be pointed at another server (`/display?server=http://…`).
  { url: '/display', dist: path.join(repositoryRoot, 'display-app/dist/renderer'), policy: pagePolicy({ connectSources: ['http:', 'https:'] }) },
  { url: '/kiosk', dist: path.join(repositoryRoot, 'kiosk-app/dist/renderer'), policy: pagePolicy() },
  { url: '/staff', dist: path.join(repositoryRoot, 'staff-app/dist'), policy: pagePolicy() },
  { url: '/citizen', dist: path.join(repositoryRoot, 'citizen-web/dist'), pages: ['/book', '/book/*rest', '/t/*rest'], policy: pagePolicy() },
];

/** Where a linked centre's booking pages are answered: at the city hub, which takes its bookings. */
export type CityBookingPages = {
  /** The hub's booking page with this centre chosen. */
  bookingUrl: string;
  /** The hub's page of an appointment it owns, by booking code; null for one the centre keeps. */
  appointmentUrl(code: string): string | null;
};

/**
 * Serves each built web app under its URL, with its index.html for any path below it. An app
 * that has not been built answers 503 with how to build it. A centre linked to the city hub sends
 * citizens who come to book (or to see a booking made at the hub) to the hub: one calendar.
 */
export function serveWebApps(app: Express, cityBooking?: CityBookingPages): void {
  if (cityBooking) {
    app.get(['/book', '/book/'], (_request, response) => response.redirect(302, cityBooking.bookingUrl));
    app.get(['/book/:code', '/book/:code/*rest'], (request, response, next) => {
      const url = cityBooking.appointmentUrl(normalizeBookingCode(String(request.params.code)));
      if (!url) return next();
      const rest = request.path.split('/').slice(3).join('/');
      const [, query] = request.originalUrl.split('?');
      response.redirect(302, `${url}${rest ? `/${rest}` : ''}${query === undefined ? '' : `?${query}`}`);
    });
  }
  for (const webApp of webApps) {
    const index = path.join(webApp.dist, 'index.html');
    app.get(webApp.url, (request, response, next) => {
      const [pathname, query] = request.originalUrl.split('?');
      if (pathname !== webApp.url) return next();
      response.redirect(301, `${webApp.url}/${query === undefined ? '' : `?${query}`}`);
    });
    const withPolicy: RequestHandler = (_request, response, next) => {
      response.setHeader('Content-Security-Policy', webApp.policy);
      next();
    };
    app.use(webApp.url, withPolicy, express.static(webApp.dist, { index: false, maxAge: '1h' }));
    app.get([`${webApp.url}/`, `${webApp.url}/*rest`, ...(webApp.pages ?? [])], withPolicy, (_request, response) => {
      if (!existsSync(index)) {
        response.status(503).type('text/plain').send(`This app has not been built: run "npm run build".`);
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  }
}
