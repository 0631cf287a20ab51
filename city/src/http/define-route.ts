import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { issuesOf, type CityAccount, type CityOperation, type ErrorCode } from '@dintur/shared';
import { HubError } from '../services/errors.js';

type Parsed<Op, Key extends 'params' | 'query' | 'body'> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? z.output<Schema> : undefined;

export type RouteInput<Op extends CityOperation> = {
  params: Parsed<Op, 'params'>;
  query: Parsed<Op, 'query'>;
  body: Parsed<Op, 'body'>;
  /** The signed-in account; set for every operation that needs one. */
  account: Op['access'] extends 'public' | 'centre' ? CityAccount | null : CityAccount;
  request: Request;
  response: Response;
};

export type RouteOutput<Op extends CityOperation> = Op extends { response: infer Schema extends z.ZodType } ? z.input<Schema> | null : void;

/** Who is calling: a signed-in account (token or cookie), or a centre by the key in its bearer token. */
export type Gatekeeper = {
  account(request: Request): Promise<CityAccount | null>;
  /** Throws 401 unless the bearer token is the key of the centre named in the path. */
  centre(request: Request, centreId: string): Promise<void>;
};

export type RouteTarget = { router: Router; gatekeeper: Gatekeeper };

export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function parse(schema: z.ZodType | undefined, value: unknown, where: string, code: ErrorCode = 'validation-failed'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = issuesOf(result.error, code === 'validation-failed' ? { prefix: where } : {});
  throw new HubError(400, code, `Invalid ${where}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`, undefined, issues);
}

async function checkAccess(gatekeeper: Gatekeeper, operation: CityOperation, request: Request): Promise<CityAccount | null> {
  if (operation.access === 'centre') {
    await gatekeeper.centre(request, String(request.params.centreId ?? ''));
    return null;
  }
  const account = await gatekeeper.account(request);
  if (operation.access === 'public') return account;
  if (!account) throw new HubError(401, 'unauthenticated', 'Sign in first.');
  if (operation.access !== 'signed-in' && !operation.access.includes(account.role)) {
    throw new HubError(403, 'forbidden', `This needs the role ${operation.access.join(' or ')}; you are ${account.role}.`);
  }
  return account;
}

/**
 * Registers one operation of the hub's map: checks who may call it, validates parameters, query
 * and body against its schemas, calls the handler and answers with the operation's status.
 */
export function defineRoute<Op extends CityOperation>(
  target: RouteTarget,
  operation: Op,
  handler: (input: RouteInput<Op>) => RouteOutput<Op> | Promise<RouteOutput<Op>>,
  ...middleware: RequestHandler[]
): void {
  const run = async (request: Request, response: Response, next: NextFunction) => {
    try {
      const account = await checkAccess(target.gatekeeper, operation, request);
      const params = parse(operation.params, request.params, 'params');
      const query = parse(operation.query, request.query, 'query');
      if (operation.body && request.body === undefined && Number(request.headers['content-length'] ?? 0) > 0) {
        throw new HubError(415, 'unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
      }
      const body = parse(operation.body, request.body ?? {}, 'body', operation.invalidBody);
      const result = await handler({ params, query, body, account, request, response } as RouteInput<Op>);
      if (response.headersSent) return;
      if (result === null || result === undefined || operation.status === 204) response.status(204).end();
      else response.status(operation.status).json(result);
    } catch (error) {
      next(error);
    }
  };
  target.router[operation.method](expressPath(operation.path), ...middleware, run);
}
