import { cityOperations as operations } from '@dintur/shared';
import type { Accounts } from '../../services/accounts.js';
import { clearSessionCookie, setSessionCookie, tokenOf } from '../auth.js';
import { defineRoute, type RouteTarget } from '../define-route.js';

/** Sign-in, sign-out, who is signed in, and the hub's accounts. */
export function registerAccountRoutes(target: RouteTarget, accounts: Accounts): void {
  defineRoute(target, operations.health, () => ({ status: 'ok' as const }));
  defineRoute(target, operations.login, async ({ body, request, response }) => {
    const { maxAgeMs, ...session } = await accounts.login(body.username, body.password, request.ip ?? request.socket.remoteAddress ?? 'unknown');
    setSessionCookie(request, response, session.token, maxAgeMs);
    return session;
  });
  defineRoute(target, operations.logout, async ({ request, response }) => {
    const token = tokenOf(request);
    if (token) await accounts.logout(token);
    clearSessionCookie(response);
  });
  defineRoute(target, operations.me, ({ account }) => account);
  defineRoute(target, operations.listAccounts, () => accounts.list());
  defineRoute(target, operations.createAccount, ({ body }) => accounts.create(body));
}
