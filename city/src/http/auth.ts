import type { Request, Response } from 'express';
import type { Accounts } from '../services/accounts.js';
import type { Centres } from '../services/centres.js';
import type { Gatekeeper } from './define-route.js';

export const citySessionCookie = 'dintur_city_session';

/** The token from `Authorization: Bearer …`, or else from the hub's session cookie; a malformed one counts as none. */
export function tokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header) return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === citySessionCookie) return decodedCookie(value.join('='));
  }
  return undefined;
}

/** A cookie value that is not valid percent-encoding is no token at all (not a 500 on every request). */
function decodedCookie(value: string): string | undefined {
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}

/** Accounts by their session token; centres by the key in their bearer token. */
export function createGatekeeper(accounts: Accounts, centres: Centres): Gatekeeper {
  return {
    async account(request) {
      const token = tokenOf(request);
      return token ? ((await accounts.authenticate(token)) ?? null) : null;
    },
    async centre(request, centreId) {
      const header = request.headers.authorization;
      await centres.authenticate(centreId, header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined);
    },
  };
}

export function setSessionCookie(request: Request, response: Response, token: string, maxAgeMs: number): void {
  response.cookie(citySessionCookie, token, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(response: Response): void {
  response.clearCookie(citySessionCookie, { httpOnly: true, sameSite: 'strict', path: '/' });
}
