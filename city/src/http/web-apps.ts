import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express, type RequestHandler } from 'express';
import { pagePolicy } from '@dintur/shared';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where Vite builds the hub's pages (`npm run build`, city-web/vite.config.ts). */
const dist = path.join(repositoryRoot, 'city-web/dist');

/** The addresses people open, each answered with the app's index.html: the app routes by path. */
const pages = ['/waits', '/waits/', '/waits/*rest', '/book', '/book/', '/book/*rest', '/staff', '/staff/', '/staff/*rest'];

/**
 * Serves the hub's pages (city-web/): the built files under /city/ (absolute asset URLs, base
 * "/city/"), and for the citizens' `/waits` and `/book`, and the leaders' `/staff/…` the app's index.html. Not
 * built: 503 with how to build it. Modelled on the centre server's server/src/http/web-apps.ts.
 */
export function serveCityWebApps(app: Express): void {
  const index = path.join(dist, 'index.html');
  // Its own scripts, styles and API only, and never inside another page's frame.
  const withPolicy: RequestHandler = (_request, response, next) => {
    response.setHeader('Content-Security-Policy', pagePolicy());
    next();
  };
  // File names carry a hash of their content (Vite), so an hour's caching never serves an old app.
  app.use('/city', withPolicy, express.static(dist, { index: false, maxAge: '1h' }));
  app.get(pages, withPolicy, (_request, response) => {
    if (!existsSync(index)) {
      response.status(503).type('text/plain').send('This app has not been built: run "npm run build".');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
