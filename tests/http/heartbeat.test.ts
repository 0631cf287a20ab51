import { describe, expect, it } from 'vitest';
import { serverPerTest } from './helpers.js';

describe('the event stream heartbeat', () => {
  const server = serverPerTest({ heartbeatMs: 50 });

  it('keeps a quiet connection visibly alive with heartbeat comments', async () => {
    const abort = new AbortController();
    const response = await fetch(`${server().url}/api/events`, { signal: abort.signal });
    expect(response.headers.get('cache-control')).toContain('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const deadline = Date.now() + 5_000;
    while (!text.includes('event: heartbeat\ndata: {}\n\n') && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    abort.abort();
    expect(text).toContain('event: snapshot');
    expect(text.indexOf(': heartbeat')).toBeGreaterThan(text.indexOf('event: snapshot'));
    // An EventSource never shows comments to the page: the named event is what a display's watchdog sees.
    expect(text.indexOf('event: heartbeat')).toBeGreaterThan(text.indexOf('event: snapshot'));
  });
});
