import { describe, expect, it } from 'vitest';
import { createApiClient, pathOf, queryOf } from './api-client.js';
import { ApiError } from './api-error.js';

/** A fetch that answers from a list and records what it was asked. */
function fakeFetch(answers: { status: number; body?: unknown }[]) {
  const requests: { url: string; method: string; body: string | null }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), method: init?.method ?? 'GET', body: typeof init?.body === 'string' ? init.body : null });
    const answer = answers.shift() ?? { status: 500 };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, requests };
}

const staffTicket = {
  id: 4,
  number: 'A4',
  serviceId: 'passport',
  status: 'called',
  issuedAt: '2026-11-24T10:00:00.000Z',
  counterId: 'bs-1',
  calledAt: '2026-11-24T10:05:00.000Z',
  lang: 'da',
  position: null,
  estimatedWaitMinutes: null,
  trackingCode: 'abcdef12',
  trackingUrl: '/t/abcdef12',
  originalServiceId: 'passport',
  queuedAt: '2026-11-24T10:00:00.000Z',
  staffId: 3,
  startedAt: null,
  finishedAt: null,
  outcome: null,
  recallCount: 0,
  transferNote: null,
  targetCounterId: null,
  targetStaffId: null,
  appointmentAt: null,
};

describe('the typed API client', () => {
  it('fills path parameters and leaves out empty query values', () => {
    expect(pathOf('/api/tickets/{id}/recall', { id: 4 })).toBe('/api/tickets/4/recall');
    expect(pathOf('/api/counters/{counterId}/open', { counterId: 'bs 1' })).toBe('/api/counters/bs%201/open');
    expect(() => pathOf('/api/tickets/{id}', {})).toThrow('the parameter "id" is missing');
    expect(queryOf({ status: 'waiting,called', serviceId: undefined, empty: '' })).toBe('?status=waiting%2Ccalled');
    expect(queryOf(undefined)).toBe('');
  });

  it('sends the operation’s method, path and JSON body, and parses the answer with its schema', async () => {
    const { fetch, requests } = fakeFetch([{ status: 200, body: { ...staffTicket, status: 'finished', outcome: 'referred' } }]);
    const api = createApiClient({ fetch });
    const finished = await api.call('finish', { params: { id: 4 }, body: { outcome: 'referred' } });
    expect(finished.outcome).toBe('referred');
    expect(requests).toEqual([{ url: '/api/tickets/4/finish', method: 'POST', body: '{"outcome":"referred"}' }]);
  });

  it('gives null for "nothing waits" (204)', async () => {
    const { fetch } = fakeFetch([{ status: 204 }]);
    expect(await createApiClient({ fetch }).call('callNext', { params: { counterId: 'bs-1' } })).toBeNull();
  });

  it('turns an error body into an ApiError with its code, message and issues', async () => {
    const { fetch } = fakeFetch([
      { status: 409, body: { error: { code: 'counter-closed', message: 'Counter bs-1 is closed; open it first.' } } },
      { status: 400, body: { error: { code: 'validation-failed', message: 'Invalid body', issues: [{ path: 'body.note', message: 'too long' }] } } },
    ]);
    const api = createApiClient({ fetch });
    const closed = await api.call('callNext', { params: { counterId: 'bs-1' } }).catch((error: unknown) => error);
    expect(closed).toBeInstanceOf(ApiError);
    expect(closed).toMatchObject({ status: 409, code: 'counter-closed', serverMessage: 'Counter bs-1 is closed; open it first.' });
    const invalid = await api.call('transfer', { params: { id: 4 }, body: { serviceId: 'pension' } }).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ code: 'validation-failed', issues: [{ path: 'body.note', message: 'too long' }] });
  });

  it('says when the server cannot be reached or answers nonsense', async () => {
    const unreachable = createApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    await expect(unreachable.call('me')).rejects.toMatchObject({ code: 'network', status: 0 });
    const { fetch } = fakeFetch([{ status: 502, body: 'Bad gateway' }, { status: 200, body: { id: 'not a number' } }]);
    const confused = createApiClient({ fetch });
    await expect(confused.call('me')).rejects.toMatchObject({ code: 'unexpected-response', status: 502 });
    await expect(confused.call('me')).rejects.toMatchObject({ code: 'unexpected-response', status: 200 });
  });

  it('reports a lost session (401) once, but not a wrong password at sign-in', async () => {
    let lost = 0;
    const { fetch } = fakeFetch([
      { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in first.' } } },
      { status: 401, body: { error: { code: 'invalid-credentials', message: 'Wrong username or password.' } } },
    ]);
    const api = createApiClient({ fetch, onUnauthenticated: () => (lost += 1) });
    await expect(api.call('listTickets', { query: {} })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(api.call('login', { body: { username: 'mette', password: 'wrong' } })).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(lost).toBe(1);
  });
});
