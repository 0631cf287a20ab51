import type { Request, Response } from 'express';
import type { Access } from '@dintur/shared';
import { DomainError } from '../engine/errors.js';
import type { Actor } from '../engine/index.js';

export const sessionCookie = 'dintur_session';

export type Authenticator = { authenticate(token: string): Actor | undefined };

/** The token from `Authorization: Bearer …`, or else from the session cookie of the web apps; a malformed one counts as none. */
export function tokenOf(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1];
  }
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookie) return decodedCookie(value.join('='));
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

/** Who is calling, checked against who may: 401 without a valid token, 403 for the wrong role. */
export function resolveActor(authenticator: Authenticator, request: Request, access: Access): Actor | null {
  const token = tokenOf(request);
  const actor = token ? (authenticator.authenticate(token) ?? null) : null;
  if (access === 'public') return actor;
  if (!actor) {
    throw new DomainError(401, 'unauthenticated', token ? 'The session has expired or was ended; sign in again.' : 'Sign in first.');
  }
  if (access !== 'signed-in' && !access.includes(actor.role)) {
    throw new DomainError(403, 'forbidden', `This needs the role ${access.join(' or ')}; you are ${actor.role}.`);
  }
  return actor;
}

export function setSessionCookie(request: Request, response: Response, token: string, maxAgeMs: number): void {
  response.cookie(sessionCookie, token, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/', maxAge: maxAgeMs });
}

export function clearSessionCookie(response: Response): void {
  response.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'strict', path: '/' });
}
