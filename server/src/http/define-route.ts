import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { z } from 'zod';
import { issuesOf, type ErrorCode, type Operation } from '@dintur/shared';
import type { Actor } from '../engine/index.js';
import { DomainError, InputError } from '../engine/errors.js';
import { resolveActor, type Authenticator } from './auth.js';

type Parsed<Op, Key extends 'params' | 'query' | 'body'> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? z.output<Schema> : undefined;

export type RouteInput<Op extends Operation> = {
  params: Parsed<Op, 'params'>;
  query: Parsed<Op, 'query'>;
  body: Parsed<Op, 'body'>;
  /** The signed-in person; always set unless the operation is public. */
  actor: Op['access'] extends 'public' ? Actor | null : Actor;
  request: Request;
  response: Response;
};

/** What a handler returns: the response body, or null for "nothing" (204). */
export type RouteOutput<Op extends Operation> = Op extends { response: infer Schema extends z.ZodType } ? z.input<Schema> | null : void;

/** Where routes are registered, who is calling, and when an answer may leave. */
export type RouteTarget = {
  router: Router;
  authenticator: Authenticator;
  /** Resolves when every write so far is on disk. */
  durable(): Promise<void>;
};

/** `/api/tickets/{id}/recall` → `/api/tickets/:id/recall`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function parse<Schema extends z.ZodType>(schema: Schema | undefined, value: unknown, where: string, code: ErrorCode = 'validation-failed'): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  // A body that is a document of its own names its problems by their paths in the document.
  const issues = issuesOf(result.error, code === 'validation-failed' ? { prefix: where } : {});
  throw new DomainError(400, code, `Invalid ${where}: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`, undefined, issues);
}

/**
 * Runs a handler, naming a field the engine refused by where it was in the request: the engine
 * says `kind`, the answer says `body.kind` (or `query.unitId` for an operation without a body).
 */
async function inputFrom<T>(operation: Operation, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof InputError ? error.at(operation.body ? 'body' : 'query') : error;
  }
}

/**
 * Registers one operation of the shared map: checks who may call it, validates parameters,
 * query and body against its schemas, calls the handler and answers with the operation's
 * status. A handler is a few lines: parse, call the engine, respond.
 */
export function defineRoute<Op extends Operation>(
  target: RouteTarget,
  operation: Op,
  handler: (input: RouteInput<Op>) => RouteOutput<Op> | Promise<RouteOutput<Op>>,
  ...middleware: RequestHandler[]
): void {
  const run = async (request: Request, response: Response, next: NextFunction) => {
    try {
      const actor = resolveActor(target.authenticator, request, operation.access);
      const params = parse(operation.params, request.params, 'params');
      const query = parse(operation.query, request.query, 'query');
      if (operation.body && request.body === undefined && Number(request.headers['content-length'] ?? 0) > 0) {
        throw new DomainError(415, 'unsupported-media-type', 'Send the body as JSON (Content-Type: application/json).');
      }
      const body = parse(operation.body, request.body ?? {}, 'body', operation.invalidBody);
      const result = await inputFrom(operation, () => handler({ params, query, body, actor, request, response } as RouteInput<Op>));
      // Nothing is acknowledged before it is on disk.
      await target.durable();
      if (response.headersSent) return;
      if (result === null || result === undefined || operation.status === 204) response.status(204).end();
      else response.status(operation.status).json(result);
    } catch (error) {
      next(error);
    }
  };
  target.router[operation.method](expressPath(operation.path), ...middleware, run);
}
