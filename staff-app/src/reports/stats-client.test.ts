import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchReport, reportQuery } from './stats-client.js';
import { emptyReport } from './test-report.js';

/** The server's answers are stood in for by a fetch that returns them (the browser test uses the real server). */
function answering(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const request = { from: '2026-11-01', to: '2026-11-30', unitId: '' };

describe('fetching a report', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the period (and unit) with the session cookie, and checks the answer against the schema', async () => {
    const fetch = answering(200, emptyReport());
    await expect(fetchReport({ ...request, unitId: 'pension-care' })).resolves.toMatchObject({ centreName: 'Borgercenter Valby' });
    expect(fetch).toHaveBeenCalledWith('/api/stats?from=2026-11-01&to=2026-11-30&unitId=pension-care', expect.objectContaining({ credentials: 'same-origin' }));
    expect(reportQuery(request)).toBe('from=2026-11-01&to=2026-11-30');
  });

  it('says in Danish why a report cannot be shown', async () => {
    answering(401, { error: { code: 'unauthenticated', message: 'Sign in.' } });
    await expect(fetchReport(request)).rejects.toThrow('Du er ikke logget ind længere');
    answering(403, { error: { code: 'forbidden', message: 'No.' } });
    await expect(fetchReport(request)).rejects.toThrow('Kun ledere og administratorer');
    answering(400, { error: { code: 'validation-failed', message: 'No unit "x".', issues: [{ path: 'query.unitId', message: 'unknown unit "x"' }] } });
    await expect(fetchReport(request)).rejects.toMatchObject({ message: 'Perioden kan ikke vises: Enheden findes ikke (længere).', issues: [{ path: 'query.unitId' }] });
    answering(400, { error: { code: 'validation-failed', message: 'query.to: Invalid date', issues: [{ path: 'query.to', message: 'Invalid date' }] } });
    await expect(fetchReport(request)).rejects.toThrow('Perioden kan ikke vises: Datoerne skal være rigtige datoer');
    answering(200, { from: '2026-11-01' });
    await expect(fetchReport(request)).rejects.toThrow('Serverens svar kunne ikke læses');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchReport(request)).rejects.toThrow('Serveren kunne ikke nås');
  });
});
