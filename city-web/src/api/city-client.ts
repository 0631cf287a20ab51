import type { z } from 'zod';
import { cityOperations, type CityOperationName } from '@dintur/shared';
import { ApiError, errorFromResponse } from './api-error.js';

type Operations = typeof cityOperations;

type SchemaOf<Op, Key extends string> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? Schema : never;

type Part<Op, Key extends 'params' | 'query' | 'body'> = [SchemaOf<Op, Key>] extends [never] ? { [K in Key]?: never } : { [K in Key]: z.input<SchemaOf<Op, Key>> };

/** What calling a hub operation takes: its path parameters, query and body, each as its schema says. */
export type CityInput<Name extends CityOperationName> = Part<Operations[Name], 'params'> & Part<Operations[Name], 'query'> & Part<Operations[Name], 'body'>;

/** What a hub operation answers, parsed by its response schema; null for one without a body (204). */
export type CityOutput<Name extends CityOperationName> = [SchemaOf<Operations[Name], 'response'>] extends [never] ? null : z.output<SchemaOf<Operations[Name], 'response'>>;

type InputArgument<Name extends CityOperationName> = keyof CityInput<Name> extends never
  ? []
  : Partial<CityInput<Name>> extends CityInput<Name>
    ? [input?: CityInput<Name>]
    : [input: CityInput<Name>];

/** `/api/centres/{centreId}/key` with `{ centreId: 'valby' }` → `/api/centres/valby/key`. */
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

export type CityClientOptions = {
  /** Where the hub is; the page's own origin in the app. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called when an answer says the session is gone (401), except for the sign-in itself. */
  onUnauthenticated?: () => void;
};

/**
 * A typed client of the hub's operation map (`shared/src/city/city-operations.ts`):
 * `city.call('renewCentreKey', { params: { centreId } })`. Every answer is parsed with the
 * operation's response schema, every error body becomes an ApiError. The session is the hub's
 * HttpOnly cookie, which travels by itself (same origin): the app never holds a token.
 */
export function createCityClient(options: CityClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => window.fetch(input, init));
  const base = options.baseUrl ?? '';

  async function send(method: string, url: string, body: unknown, isSignIn: boolean): Promise<{ status: number; json: unknown }> {
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
      if (response.status === 401 && !isSignIn) options.onUnauthenticated?.();
      throw error;
    }
    return { status: response.status, json };
  }

  return {
    /** Calls one operation of the hub's map and returns its parsed answer. */
    async call<Name extends CityOperationName>(name: Name, ...[input]: InputArgument<Name>): Promise<CityOutput<Name>> {
      const operation: Operations[CityOperationName] = cityOperations[name];
      const given = (input ?? {}) as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
      const url = `${pathOf(operation.path, given.params)}${queryOf(given.query)}`;
      const body = 'body' in operation ? (given.body ?? {}) : undefined;
      const { status, json } = await send(operation.method, url, body, name === 'login');
      if (status === 204 || !('response' in operation)) return null as CityOutput<Name>;
      const parsed = operation.response.safeParse(json);
      if (!parsed.success) {
        throw new ApiError(status, 'unexpected-response', `${operation.method.toUpperCase()} ${operation.path}: the answer does not match its schema.`);
      }
      return parsed.data as CityOutput<Name>;
    },
  };
}

export type CityClient = ReturnType<typeof createCityClient>;

/** A centre with its key, as registering or renewing answers (shared exports the schema only). */
export type CentreWithKey = CityOutput<'registerCentre'>;
