import { afterEach, beforeEach, expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody, operations, type ErrorCode, type Role, type StaffTicket, type Ticket } from '@dintur/shared';
import { startTestServer, type TestServer } from '../support/test-server.js';

export type HttpResponse = Awaited<ReturnType<TestServer['request']>>;
export type ApiError = ErrorBody['error'];

/** An operation of the shared map that answers with a body. */
type WithResponse<Schema extends z.ZodType> = { status: 200 | 201 | 204; response: Schema };

/**
 * Starts a fresh server before each test of the enclosing suite and closes it after; the
 * returned function gives the current test's server.
 */
export function serverPerTest(options: Parameters<typeof startTestServer>[0] = {}): () => TestServer {
  let current: TestServer | undefined;
  beforeEach(async () => {
    current = await startTestServer(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('The test server is not running');
    return current;
  };
}

const describeResponse = (response: HttpResponse) => `${response.status} ${JSON.stringify(response.body)}`;

/** Asserts an exact status and parses the body with a schema, so the answer's shape is checked too. */
export function expectBody<Schema extends z.ZodType>(response: HttpResponse, status: number, schema: Schema): z.output<Schema> {
  expect(response.status, describeResponse(response)).toBe(status);
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw new Error(`Response does not match its schema: ${parsed.error.message}\n${describeResponse(response)}`);
  return parsed.data;
}

/** Asserts the operation's success status and parses the body with its response schema. */
export function expectSuccess<Schema extends z.ZodType>(response: HttpResponse, operation: WithResponse<Schema>): z.output<Schema> {
  return expectBody(response, operation.status, operation.response);
}

/** Asserts a 4xx answer `{error: {code, message}}` with this status and code, and returns the error. */
export function expectError(response: HttpResponse, status: number, code: ErrorCode): ApiError {
  expect(response.status, describeResponse(response)).toBe(status);
  expect(response.headers.get('content-type') ?? '').toMatch(/^application\/json/);
  const parsed = expectBody(response, status, ErrorBody);
  expect(parsed.error.code).toBe(code);
  expect(parsed.error.message.trim().length).toBeGreaterThan(0);
  // Never a stack trace in an answer.
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
  return parsed.error;
}

/** Asserts some 4xx answer with a well-formed error body (for input that has no single right code). */
export function expectClientError(response: HttpResponse): ApiError {
  expect(response.status, describeResponse(response)).toBeGreaterThanOrEqual(400);
  expect(response.status, describeResponse(response)).toBeLessThan(500);
  const code = ErrorBody.shape.error.shape.code.safeParse((response.body as { error?: { code?: unknown } } | undefined)?.error?.code);
  if (!code.success) throw new Error(`No known error code in ${describeResponse(response)}`);
  return expectError(response, response.status, code.data);
}

/** The paths named by an error's `issues`. */
export const issuePaths = (error: ApiError) => (error.issues ?? []).map((issue) => issue.path);

/** `POST /api/tickets`: takes a number and asserts the 201. */
export async function issueTicket(server: TestServer, serviceId: string, lang?: string): Promise<Ticket> {
  const response = await server.request('POST', '/api/tickets', { body: { serviceId, ...(lang && { lang }) } });
  return expectSuccess(response, operations.issueTicket);
}

export type SignedIn = { token: string; id: number };

/** Creates an account of `unitId` and signs it in at `counterId`. */
export async function staffAtCounter(
  server: TestServer,
  username: string,
  unitId: string | null,
  counterId: string,
  role: Role = 'staff',
): Promise<SignedIn> {
  const person = await server.createStaff(username, role, unitId);
  expectSuccess(await server.request('POST', `/api/counters/${counterId}/open`, { token: person.token }), operations.openCounter);
  return person;
}

/** `POST /api/counters/{id}/call-next`: the called ticket, or null for a 204. */
export async function callNext(server: TestServer, token: string, counterId: string): Promise<StaffTicket | null> {
  const response = await server.request('POST', `/api/counters/${counterId}/call-next`, { token });
  if (response.status === 204) {
    expect(response.body).toBeUndefined();
    return null;
  }
  return expectSuccess(response, operations.callNext).ticket;
}

/** `POST /api/tickets/{id}/{action}` as a counter member. */
export function ticketAction(server: TestServer, token: string, id: number, action: string, body?: unknown): Promise<HttpResponse> {
  return server.request('POST', `/api/tickets/${id}/${action}`, { token, ...(body !== undefined && { body }) });
}

/** `GET /api/tickets/{id}` with its history, as admin. */
export async function getTicket(server: TestServer, id: number) {
  return expectSuccess(await server.request('GET', `/api/tickets/${id}`, { token: server.adminToken }), operations.getTicket);
}
