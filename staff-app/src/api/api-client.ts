import type { z } from 'zod';
import { operations, type OperationName, type Operations } from '@dintur/shared';
import { ApiError, errorFromResponse } from './api-error.js';

type SchemaOf<Op, Key extends string> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? Schema : never;

type Part<Op, Key extends 'params' | 'query' | 'body', Value> = [SchemaOf<Op, Key>] extends [never] ? { [K in Key]?: never } : { [K in Key]: Value };

/** What calling an operation takes: its path parameters, query and body, each as its schema says. */
export type OperationInput<Name extends OperationName> = Part<Operations[Name], 'params', z.output<SchemaOf<Operations[Name], 'params'>>> &
  Part<Operations[Name], 'query', z.input<SchemaOf<Operations[Name], 'query'>>> &
  Part<Operations[Name], 'body', z.input<SchemaOf<Operations[Name], 'body'>>>;

/** Operations that may answer 204 although they have a response schema ("nothing waits"). */
type MayAnswerEmpty = 'callNext';

/** What an operation answers, parsed by its response schema; null for a 204. */
export type OperationOutput<Name extends OperationName> =
  | ([SchemaOf<Operations[Name], 'response'>] extends [never] ? null : z.output<SchemaOf<Operations[Name], 'response'>>)
  | (Name extends MayAnswerEmpty ? null : never);

type InputArgument<Name extends OperationName> = keyof OperationInput<Name> extends never
  ? []
  : Partial<OperationInput<Name>> extends OperationInput<Name>
    ? [input?: OperationInput<Name>]
    : [input: OperationInput<Name>];

/** `/api/tickets/{id}/recall` with `{ id: 4 }` → `/api/tickets/4/recall`. */
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

export type ApiClientOptions = {
  /** Where the server is; the page's own origin in the app. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called when an answer says the session is gone (401), except for the sign-in itself. */
  onUnauthenticated?: () => void;
};

/**
 * A typed client of the shared operation map: `api.call('recall', { params: { id } })`. Every
 * answer is parsed with the operation's response schema, and every error body becomes an
 * ApiError the app can show. The session cookie travels by itself (same origin, HttpOnly).
 */
export function createApiClient(options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => window.fetch(input, init));
  const base = options.baseUrl ?? '';

  async function send(method: string, url: string, body: unknown, skipUnauthenticated: boolean): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await doFetch(`${base}${url}`, {
        method: method.toUpperCase(),
        credentials: 'same-origin',
        cache: 'no-store',
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
      json = undefined;
    }
    if (!response.ok) {
      const error = errorFromResponse(response.status, json);
      if (response.status === 401 && !skipUnauthenticated) options.onUnauthenticated?.();
      throw error;
    }
    return { status: response.status, json };
  }

  return {
    /** Calls one operation of the map and returns its parsed answer. */
    async call<Name extends OperationName>(name: Name, ...[input]: InputArgument<Name>): Promise<OperationOutput<Name>> {
      const operation: Operations[OperationName] = operations[name];
      const given = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
      const url = `${pathOf(operation.path, given.params)}${queryOf(given.query)}`;
      const body = 'body' in operation ? (given.body ?? {}) : undefined;
      const { status, json } = await send(operation.method, url, body, name === 'login');
      if (status === 204 || !('response' in operation)) return null as OperationOutput<Name>;
      const parsed = operation.response.safeParse(json);
      if (!parsed.success) {
        throw new ApiError(status, 'unexpected-response', `${operation.method.toUpperCase()} ${operation.path}: the answer does not match its schema.`);
      }
      return parsed.data as OperationOutput<Name>;
    },

    /**
     * GET of an endpoint outside the shared map (a part another issue adds), parsed by a schema
     * the app brings; an absent endpoint throws an ApiError with status 404.
     */
    async get<Schema extends z.ZodType>(url: string, schema: Schema): Promise<z.output<Schema>> {
      const { status, json } = await send('get', url, undefined, false);
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new ApiError(status, 'unexpected-response', `GET ${url}: the answer does not match the expected shape.`);
      return parsed.data;
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
