import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../city-web/dist');

/**
 * The hub's pages, built by Vite to `city-web/dist` with absolute asset URLs (`/city/`): the
 * citizens' `/waits` and the leaders' `/staff/`, each answered with the app's index.html (it
 * routes by path). An app not built answers 503 with how to build it.
 */
export function serveCityWebApps(app: Express): void {
  const index = path.join(dist, 'index.html');
  app.use('/city', express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/staff', (request, response) => {
    const query = request.originalUrl.split('?')[1];
    response.redirect(301, `/staff/${query === undefined ? '' : `?${query}`}`);
  });
  app.get(['/waits', '/waits/*rest', '/staff/', '/staff/*rest'], (_request, response) => {
    if (!existsSync(index)) {
      response.status(503).type('text/plain').send('This app has not been built: run "npm run build".');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
