import { operations } from '@dintur/shared';
import { sessionTtlMs, withWarnings } from '../../engine/index.js';
import { clearSessionCookie, setSessionCookie, tokenOf } from '../auth.js';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** Signing in and out, staff accounts, services opened or closed, the configuration. */
export function registerAdminRoutes(context: RouteContext): void {
  const { engine } = context;
  defineRoute(context, operations.login, async ({ body, request, response }) => {
    const session = await engine.staff.login(body.username, body.password, request.ip ?? 'unknown');
    setSessionCookie(request, response, session.token, sessionTtlMs);
    return { token: session.token, expiresAt: new Date(session.expiresAt).toISOString(), staff: session.staff };
  });
  defineRoute(context, operations.logout, ({ request, response }) => {
    const token = tokenOf(request);
    if (token) engine.staff.logout(token);
    clearSessionCookie(response);
  });
  defineRoute(context, operations.me, ({ actor }) => engine.staff.account(actor.id));
  defineRoute(context, operations.listStaff, () => engine.staff.list());
  defineRoute(context, operations.createStaff, ({ body }) => engine.staff.create(body));
  defineRoute(context, operations.updateStaff, ({ params, body }) => engine.staff.update(params.id, body));
  defineRoute(context, operations.openService, ({ actor, params }) => engine.setServiceClosed(actor, params.id, false));
  defineRoute(context, operations.closeService, ({ actor, params }) => engine.setServiceClosed(actor, params.id, true));
  defineRoute(context, operations.exportEvents, ({ query, response }) => {
    const lines = engine.exportEvents(query.from, query.to).map((event) => JSON.stringify(event));
    response.type('application/x-ndjson').send(lines.join('\n') + (lines.length ? '\n' : ''));
  });
  defineRoute(context, operations.getConfig, () => withWarnings(engine.config()));
  defineRoute(context, operations.putConfig, ({ actor, body }) => engine.replaceConfig(body, actor));
}
