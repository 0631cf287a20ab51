import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDisplaySettings } from '../config/display-settings.js';
import { startDisplayHeartbeat } from './heartbeat.js';

describe('the display heartbeat', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells the server at once, then every minute, that the display is alive', () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    const stop = startDisplayHeartbeat({ base: 'http://server:8080/', displayId: 'waiting-room', fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenLastCalledWith(
      'http://server:8080/api/devices/waiting-room/heartbeat',
      expect.objectContaining({ method: 'POST', headers: expect.objectContaining({ 'content-type': 'application/json' }), body: '{"kind":"display"}' }),
    );
    vi.advanceTimersByTime(59_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
    vi.advanceTimersByTime(5 * 60_000);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps going when the server cannot be reached', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const stop = startDisplayHeartbeat({ base: 'http://server/dintur/', displayId: 'corridor', fetch, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(fetch).toHaveBeenLastCalledWith('http://server/dintur/api/devices/corridor/heartbeat', expect.anything());
    stop();
  });

  it('takes the display id from the URL (?id=), or none: no heartbeat', () => {
    const named = readDisplaySettings('?id=waiting-room');
    expect(named.ok && named.settings.config.displayId).toBe('waiting-room');
    const unnamed = readDisplaySettings('');
    expect(unnamed.ok && unnamed.settings.config.displayId).toBeUndefined();
    const bad = readDisplaySettings('?id=Waiting Room');
    expect(!bad.ok && bad.problems).toEqual([expect.stringMatching(/^displayId: lower-case letters/)]);
  });
});
