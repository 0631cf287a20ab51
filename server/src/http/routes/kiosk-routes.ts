import type { RequestHandler } from 'express';
import { operations, type Operation } from '@dintur/shared';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** The kiosk's own operations: what a citizen chose where a service can be done online. */
export function registerKioskRoutes(context: RouteContext): void {
  const { engine } = context;
  defineRoute(context, operations.recordKioskChoice, ({ body }) => engine.recordKioskChoice(body));
}

/** Public paths that are not in the operation map (registered by hand in app.ts). */
const extraPublicPaths: { method: string; path: string }[] = [{ method: 'get', path: '/api/events' }];

/** `/api/kiosks/{kioskId}/print` → a regular expression matching that path. */
function pathPattern(path: string): RegExp {
  const parts = path.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

const publicOperations = [
  ...Object.values(operations as Record<string, Operation>).filter((operation) => operation.access === 'public'),
  ...extraPublicPaths,
].map((operation) => ({ method: operation.method.toUpperCase(), pattern: pathPattern(operation.path) }));
const methodsOf = (path: string) => publicOperations.filter((operation) => operation.pattern.test(path)).map((operation) => operation.method);

/** Is `METHOD /api/…` an operation anyone may call without signing in? */
export const isPublicOperation = (method: string, path: string) => methodsOf(path).includes(method.toUpperCase());

/**
 * Lets the kiosk shell's page call the public API. The Electron shell loads the kiosk from disk
 * (so a kiosk shows its out-of-order screen even when the server is down at boot), which makes
 * every API call cross-origin (`Origin: null`). Only operations that are public anyway answer
 * with `Access-Control-Allow-Origin: *`, and never with credentials: a page elsewhere can do
 * nothing a `curl` on the LAN could not, and it cannot ride on a signed-in person's cookie.
 * Preflights of those operations are answered here with 204; everything else is left alone.
 */
export function allowPublicApiFromKioskShell(): RequestHandler {
  return (request, response, next) => {
    if (request.headers.origin === undefined) return next();
    // Mounted under /api: the full path is baseUrl + path.
    const path = `${request.baseUrl}${request.path}`;
    const methods = methodsOf(path);
    const requested = request.method === 'OPTIONS' ? request.headers['access-control-request-method'] : request.method;
    if (typeof requested !== 'string' || !methods.includes(requested.toUpperCase())) return next();
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method !== 'OPTIONS') return next();
    response.setHeader('Access-Control-Allow-Methods', methods.join(', '));
    response.setHeader('Access-Control-Allow-Headers', 'content-type, last-event-id');
    response.setHeader('Access-Control-Max-Age', '600');
    response.status(204).end();
  };
}
