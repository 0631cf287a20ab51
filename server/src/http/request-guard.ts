import type { Request, RequestHandler } from 'express';
import { bodyTypeProblem, foreignOriginMessage, isStateChanging, nonPagePolicy, requestSite } from '@dintur/shared';
import { DomainError } from '../engine/errors.js';

/**
 * Headers on every answer: no MIME sniffing, referrers only to the own origin, no framing by any
 * page, and a Content-Security-Policy that lets nothing load (the web apps' pages replace it with
 * their own, web-apps.ts). `same-origin`, not `no-referrer`: with `no-referrer` a browser sends
 * `Origin: null` on the page's own POSTs, which a browser without fetch metadata then could not
 * tell from a foreign page's.
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

export type RequestGuardOptions = {
  /** Origins besides the request's own whose pages count as the server's own. */
  ownOrigins: readonly string[];
  /** Is this an operation anyone may call without signing in? */
  isPublic(method: string, path: string): boolean;
  /** Does the request carry a session cookie or an Authorization header? */
  hasCredentials(request: Request): boolean;
};

/**
 * Guards the state-changing requests (POST, PUT, PATCH, DELETE) under /api, before any body is
 * read. A page of another origin — a sibling subdomain or another port is the same *site*, so the
 * SameSite session cookie rides along — may only do what anyone may without signing in, and
 * without credentials (the kiosk shell's page from disk, a display pointed at this server):
 * anything else is 403 `foreign-origin`. Every state-changing request must be JSON or bodiless
 * without a content type: what a plain HTML form sends is 415.
 */
export function guardStateChangingRequests(options: RequestGuardOptions): RequestHandler {
  return (request, _response, next) => {
    if (!isStateChanging(request.method)) return next();
    const ownOrigin = `${request.protocol}://${request.host}`;
    if (requestSite(request.headers, [ownOrigin, ...options.ownOrigins]) === 'foreign') {
      const origin = request.headers.origin;
      if (!options.isPublic(request.method, `${request.baseUrl}${request.path}`)) {
        return next(new DomainError(403, 'foreign-origin', foreignOriginMessage(origin, 'signed-in')));
      }
      if (options.hasCredentials(request)) return next(new DomainError(403, 'foreign-origin', foreignOriginMessage(origin, 'credentials')));
    }
    const problem = bodyTypeProblem(request.headers);
    if (problem) return next(new DomainError(415, 'unsupported-media-type', problem));
    next();
  };
}
