import type { Request, RequestHandler } from 'express';
import { bodyTypeProblem, cityOperations, foreignOriginMessage, isStateChanging, nonPagePolicy, requestSite, type CityOperation } from '@dintur/shared';
import { HubError } from '../services/errors.js';
import { citySessionCookie } from './auth.js';

/**
 * Headers on every answer: no MIME sniffing, referrers only to the own origin, no framing, and a
 * Content-Security-Policy that lets nothing load (the hub's pages replace it, web-apps.ts). As at
 * a centre (server/src/http/request-guard.ts).
 */
export function securityHeaders(): RequestHandler {
  return (_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    response.setHeader('X-Frame-Options', 'DENY');
    response.setHeader('Content-Security-Policy', nonPagePolicy);
    next();
  };
}

/** `/api/city/appointments/{code}` → a regular expression matching that path. */
const pathPattern = (path: string) => new RegExp(`^${path.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
const publicOperations = Object.values(cityOperations as Record<string, CityOperation>)
  .filter((operation) => operation.access === 'public')
  .map((operation) => ({ method: operation.method.toUpperCase(), pattern: pathPattern(operation.path) }));
const isPublicOperation = (method: string, path: string) =>
  publicOperations.some((operation) => operation.method === method.toUpperCase() && operation.pattern.test(path));

/** A session cookie or an Authorization header: the request would act with someone's authority. */
const hasCredentials = (request: Request) =>
  request.headers.authorization !== undefined || (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${citySessionCookie}=`));

/**
 * Guards the hub's state-changing requests (POST, PUT, PATCH, DELETE) under /api, before any body
 * is read: a page of another origin may only do what anyone may without signing in, and without
 * credentials (403 `foreign-origin`); the body must be JSON, or absent without a content type
 * (415). Centres call the hub from their servers, with no Origin: they are not browsers.
 */
export function guardStateChangingRequests(ownOrigins: readonly string[]): RequestHandler {
  return (request, _response, next) => {
    if (!isStateChanging(request.method)) return next();
    const ownOrigin = `${request.protocol}://${request.host}`;
    if (requestSite(request.headers, [ownOrigin, ...ownOrigins]) === 'foreign') {
      const origin = request.headers.origin;
      if (!isPublicOperation(request.method, `${request.baseUrl}${request.path}`)) {
        return next(new HubError(403, 'foreign-origin', foreignOriginMessage(origin, 'signed-in')));
      }
      if (hasCredentials(request)) return next(new HubError(403, 'foreign-origin', foreignOriginMessage(origin, 'credentials')));
    }
    const problem = bodyTypeProblem(request.headers);
    if (problem) return next(new HubError(415, 'unsupported-media-type', problem));
    next();
  };
}
