import type { z } from 'zod';
import { ApiError, errorFromResponse } from './api-error.js';

/** What the client needs of an operation: the shape both shared maps (centre and hub) have. */
export type OperationShape = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI-style path: `/api/tickets/{id}/recall`. */
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
};

export type OperationMap = Readonly<Record<string, OperationShape>>;

type SchemaOf<Op, Key extends string> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? Schema : never;

type Part<Op, Key extends 'params' | 'query' | 'body', Value> = [SchemaOf<Op, Key>] extends [never] ? { [K in Key]?: never } : { [K in Key]: Value };

/** What calling an operation takes: its path parameters, query and body, each as its schema says. */
export type OperationInput<Op> = Part<Op, 'params', z.output<SchemaOf<Op, 'params'>>> &
  Part<Op, 'query', z.input<SchemaOf<Op, 'query'>>> &
  Part<Op, 'body', z.input<SchemaOf<Op, 'body'>>>;

/** What an operation answers, parsed by its response schema; null for one without a body (204). */
export type OperationOutput<Op> = [SchemaOf<Op, 'response'>] extends [never] ? null : z.output<SchemaOf<Op, 'response'>>;

type InputArgument<Op> = keyof OperationInput<Op> extends never
  ? []
  : Partial<OperationInput<Op>> extends OperationInput<Op>
    ? [input?: OperationInput<Op>]
    : [input: OperationInput<Op>];

/** `/api/tickets/{id}/recall` with `{ id: 4 }` → `/api/tickets/4/recall`; a missing parameter is a bug, so it throws. */
export function pathOf(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined || value === null || value === '') throw new Error(`${template}: the parameter "${key}" is missing`);
    return encodeURIComponent(String(value));
  });
}

/** A query string of the defined values, with its "?", or nothing. */
export function queryOf(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type ApiClientOptions<Name extends string> = {
  /** Where the server is: '' (the page's own origin, the default), or an origin and base path ("http://centre:8080"). */
  baseUrl?: string;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Called when an answer says the session is gone (401), except for the sign-in itself. */
  onUnauthenticated?: () => void;
  /** The sign-in operation, whose 401 means "wrong password", not "signed out" (default "login"). */
  signIn?: Name;
};

/**
 * A typed client of one of the shared operation maps (the centre's `operations`, the hub's
 * `cityOperations`): `api.call('recall', { params: { id } })`. Every answer is parsed with the
 * operation's response schema, and every error body becomes an ApiError the app can show. The
 * session cookie travels by itself (same origin, HttpOnly): the page never holds a token.
 */
export function createApiClient<Map extends OperationMap, Empty extends keyof Map & string = never>(map: Map, options: ApiClientOptions<keyof Map & string> & {
    /** Operations that may answer 204 although they have a response schema ("nothing waits"): typed as giving null then. */
    mayAnswerEmpty?: readonly Empty[];
  } = {}) {
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const signIn = options.signIn ?? 'login';

  async function send(method: string, url: string, body: unknown, isSignIn: boolean): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await doFetch(`${base}${url}`, {
        method: method.toUpperCase(),
        credentials: 'same-origin',
        // Never a cached answer (a queue changes by the second). Spread: Node's RequestInit type, under which the unit test is checked, lacks `cache`.
        ...{ cache: 'no-store' },
        headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined; // a proxy's HTML error page: no body to read, the status still tells
    }
    if (!response.ok) {
      const error = errorFromResponse(response.status, json);
      if (response.status === 401 && !isSignIn) options.onUnauthenticated?.();
      throw error;
    }
    return { status: response.status, json };
  }

  return {
    /** Calls one operation of the map and returns its parsed answer. */
    async call<Name extends keyof Map & string>(name: Name, ...[input]: InputArgument<Map[Name]>): Promise<OperationOutput<Map[Name]> | (Name extends Empty ? null : never)> {
      const operation = map[name] as OperationShape;
      const given = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
      const url = `${pathOf(operation.path, given.params)}${queryOf(given.query)}`;
      const body = operation.body ? (given.body ?? {}) : undefined;
      const { status, json } = await send(operation.method, url, body, name === signIn);
      if (status === 204 || !operation.response) return null as OperationOutput<Map[Name]>;
      const parsed = operation.response.safeParse(json);
      if (!parsed.success) {
        throw new ApiError(status, 'unexpected-response', `${operation.method.toUpperCase()} ${operation.path}: the answer does not match its schema.`);
      }
      return parsed.data as OperationOutput<Map[Name]>;
    },

    /**
     * GET of an endpoint outside the shared map (a file, a part not yet in the map), parsed by a
     * schema the app brings; an absent endpoint throws an ApiError with status 404.
     */
    async get<Schema extends z.ZodType>(url: string, schema: Schema): Promise<z.output<Schema>> {
      const { status, json } = await send('get', url, undefined, false);
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new ApiError(status, 'unexpected-response', `GET ${url}: the answer does not match the expected shape.`);
      return parsed.data;
    },
  };
}
