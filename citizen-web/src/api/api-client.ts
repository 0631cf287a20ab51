import type { z } from 'zod';
import { ErrorBody, operations, type OperationName, type Operations } from '@dintur/shared';

/** A refusal or failure, as the page shows it: the API's error code and problems, or `network`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type SchemaOf<Op, Key extends string> = Op extends { [K in Key]: infer Schema extends z.ZodType } ? Schema : never;
type Part<Op, Key extends 'params' | 'query' | 'body'> = [SchemaOf<Op, Key>] extends [never] ? { [K in Key]?: never } : { [K in Key]: z.input<SchemaOf<Op, Key>> };

/** What calling an operation takes: its path parameters, query and body, as its schemas say. */
export type OperationInput<Name extends OperationName> = Part<Operations[Name], 'params'> & Part<Operations[Name], 'query'> & Part<Operations[Name], 'body'>;
export type OperationOutput<Name extends OperationName> = z.output<SchemaOf<Operations[Name], 'response'>>;

function pathOf(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_match, key: string) => encodeURIComponent(String(params[key] ?? '')));
}

function queryOf(query: Record<string, unknown> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Calls an operation of the shared map from the page's own origin and parses the answer with its
 * response schema: `call('getAppointment', { params: { code } })`. A refusal becomes an ApiError.
 */
export async function call<Name extends OperationName>(name: Name, input: OperationInput<Name>): Promise<OperationOutput<Name>> {
  const operation = operations[name];
  const { params, query, body } = input as { params?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  let response: Response;
  try {
    response = await fetch(`${pathOf(operation.path, params)}${queryOf(query)}`, {
      method: operation.method.toUpperCase(),
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { accept: 'application/json', ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    if (!parsed.success) throw new ApiError(response.status, 'network', `The server answered ${response.status}.`);
    const { code, message, issues, details } = parsed.data.error;
    throw new ApiError(response.status, code, message, issues, details);
  }
  const schema = (operation as { response?: z.ZodType }).response;
  return (schema ? schema.parse(json) : json) as OperationOutput<Name>;
}
