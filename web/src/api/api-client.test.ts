import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cityOperations, operations } from '@dintur/shared';
import { createApiClient, pathOf, queryOf } from './api-client.js';
import { ApiError, asApiError, issuesByField } from './api-error.js';

/** A small map in the shared maps' shape, so the test owns its answers. */
const testOperations = {
  login: { method: 'post', path: '/api/auth/login', body: z.object({ username: z.string() }), response: z.object({ id: z.number() }) },
  me: { method: 'get', path: '/api/me', response: z.object({ id: z.number() }) },
  recall: { method: 'post', path: '/api/tickets/{id}/recall', params: z.object({ id: z.number() }), body: z.object({ note: z.string().optional() }), response: z.object({ id: z.number(), recalls: z.number() }) },
  callNext: { method: 'post', path: '/api/counters/{counterId}/call-next', params: z.object({ counterId: z.string() }), response: z.object({ id: z.number() }) },
  remove: { method: 'delete', path: '/api/things/{id}', params: z.object({ id: z.number() }) },
  search: { method: 'get', path: '/api/search', query: z.object({ q: z.string().optional(), day: z.string().optional() }), response: z.array(z.string()) },
} as const;

type Answer = { status: number; body?: unknown; raw?: string };
const seen: { method: string; url: string; body: string; contentType: string | undefined }[] = [];
const answers: Answer[] = [];
let server: Server;
let origin: string;

const bodyOf = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
  });

// A real HTTP server on 127.0.0.1 answering from a list, so requests cross a real socket.
beforeAll(async () => {
  server = createServer(async (request, response) => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', body: await bodyOf(request), contentType: request.headers['content-type'] });
    const answer = answers.shift() ?? { status: 500 };
    if (answer.status === 204) return void response.writeHead(204).end();
    response.writeHead(answer.status, { 'content-type': answer.raw === undefined ? 'application/json' : 'text/html' });
    response.end(answer.raw ?? JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function answering(...next: Answer[]) {
  seen.length = 0;
  answers.splice(0, answers.length, ...next);
}

describe('the typed API client', () => {
  it('fills path parameters and leaves out empty query values', () => {
    expect(pathOf('/api/tickets/{id}/recall', { id: 4 })).toBe('/api/tickets/4/recall');
    expect(pathOf('/api/counters/{counterId}/open', { counterId: 'bs 1' })).toBe('/api/counters/bs%201/open');
    expect(() => pathOf('/api/tickets/{id}', {})).toThrow('the parameter "id" is missing');
    expect(queryOf({ status: 'waiting,called', serviceId: undefined, empty: '' })).toBe('?status=waiting%2Ccalled');
    expect(queryOf(undefined)).toBe('');
  });

  it('sends the method, path under any base path and JSON body, and parses the answer with the schema', async () => {
    answering({ status: 200, body: { id: 4, recalls: 2, extra: 'dropped' } }, { status: 200, body: ['a'] });
    const api = createApiClient(testOperations, { baseUrl: `${origin}/hub/` });
    expect(await api.call('recall', { params: { id: 4 }, body: {} })).toEqual({ id: 4, recalls: 2 });
    expect(await api.call('search', { query: { q: 'x y', day: undefined } })).toEqual(['a']);
    expect(seen.map(({ method, url, body, contentType }) => ({ method, url, body, contentType }))).toEqual([
      { method: 'POST', url: '/hub/api/tickets/4/recall', body: '{}', contentType: 'application/json' },
      { method: 'GET', url: '/hub/api/search?q=x+y', body: '', contentType: undefined },
    ]);
  });

  it('gives null for an answer without a body (204)', async () => {
    answering({ status: 204 }, { status: 204 });
    const api = createApiClient(testOperations, { baseUrl: origin, mayAnswerEmpty: ['callNext'] });
    expect(await api.call('callNext', { params: { counterId: 'bs-1' } })).toBeNull();
    expect(await api.call('remove', { params: { id: 1 } })).toBeNull();
  });

  it('turns an error body into an ApiError with its code, message, issues and details', async () => {
    answering(
      { status: 409, body: { error: { code: 'counter-closed', message: 'Counter bs-1 is closed.' } } },
      { status: 400, body: { error: { code: 'validation-failed', message: 'Invalid body', issues: [{ path: 'body.username', message: 'too long' }], details: { max: 3 } } } },
    );
    const api = createApiClient(testOperations, { baseUrl: origin });
    const closed = await api.call('callNext', { params: { counterId: 'bs-1' } }).catch((error: unknown) => error);
    expect(closed).toBeInstanceOf(ApiError);
    expect(closed).toMatchObject({ status: 409, code: 'counter-closed', serverMessage: 'Counter bs-1 is closed.' });
    const invalid = asApiError(await api.call('login', { body: { username: 'mette' } }).catch((error: unknown) => error));
    expect(invalid).toMatchObject({ code: 'validation-failed', details: { max: 3 } });
    expect(issuesByField(invalid, ['username'])).toEqual({ byField: { username: ['too long'] }, other: [] });
  });

  it('says when the server cannot be reached or answers nonsense', async () => {
    const unreachable = createApiClient(testOperations, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(unreachable.call('me')).rejects.toMatchObject({ code: 'network', status: 0 });
    answering({ status: 502, raw: '<h1>Bad gateway</h1>' }, { status: 200, body: { id: 'not a number' } });
    const confused = createApiClient(testOperations, { baseUrl: origin });
    await expect(confused.call('me')).rejects.toMatchObject({ code: 'unexpected-response', status: 502 });
    await expect(confused.call('me')).rejects.toMatchObject({ code: 'unexpected-response', status: 200 });
    expect(asApiError(new TypeError('offline'))).toMatchObject({ code: 'network', status: 0 });
  });

  it('reports a lost session (401), but not a wrong password at sign-in', async () => {
    let lost = 0;
    answering(
      { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in first.' } } },
      { status: 401, body: { error: { code: 'invalid-credentials', message: 'Wrong username or password.' } } },
    );
    const api = createApiClient(testOperations, { baseUrl: origin, onUnauthenticated: () => (lost += 1) });
    await expect(api.call('me')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(api.call('login', { body: { username: 'mette' } })).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(lost).toBe(1);
  });

  it('reads the centre’s and the hub’s maps alike', async () => {
    answering({ status: 200, body: { status: 'ok' } }, { status: 200, body: { status: 'sleeping' } });
    const centre = createApiClient(operations, { baseUrl: origin });
    expect(await centre.call('health')).toEqual({ status: 'ok' });
    await expect(centre.call('health')).rejects.toMatchObject({ code: 'unexpected-response' });
    answering({ status: 401, body: { error: { code: 'invalid-credentials', message: 'No.' } } });
    const hub = createApiClient(cityOperations, { baseUrl: `${origin}/city`, onUnauthenticated: () => expect.unreachable('a wrong password is not a lost session') });
    await expect(hub.call('login', { body: { username: 'leader', password: 'wrong' } })).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/city/api/auth/login' });
  });
});
