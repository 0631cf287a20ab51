import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built renderers the server serves, by URL: a plain browser gets the same app as the Electron shell. */
const webApps = [{ url: '/display', dist: path.join(repositoryRoot, 'display-app/dist/renderer') }];

/**
 * Serves each built web app under its URL, with its index.html for any path below it (the app
 * routes itself). An app that has not been built answers 503 with how to build it.
 */
export function serveWebApps(app: Express): void {
  for (const webApp of webApps) {
    const index = path.join(webApp.dist, 'index.html');
    // The built apps load their scripts and clips by relative URL: they must be served below "/display/".
    app.get(webApp.url, (request, response, next) => {
      const [pathname, query] = request.originalUrl.split('?');
      if (pathname !== webApp.url) return next();
      response.redirect(301, `${webApp.url}/${query === undefined ? '' : `?${query}`}`);
    });
    app.use(webApp.url, express.static(webApp.dist, { index: false, maxAge: '1h' }));
    app.get([webApp.url, `${webApp.url}/*rest`], (_request, response) => {
      if (!existsSync(index)) {
        response.status(503).type('text/plain').send(`This app has not been built: run "npm run build".`);
        return;
      }
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  }
}
