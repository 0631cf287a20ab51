import { describe, expect, it } from 'vitest';
import { serverPerTest } from './helpers.js';

describe('the built web apps', () => {
  const server = serverPerTest();

  it('redirects /display to /display/ (keeping the zone) so relative assets and voice clips resolve', async () => {
    const response = await fetch(`${server().url}/display?units=pension-care`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/display/?units=pension-care');
  });

  it('serves the display page below /display/, for any path the app routes itself', async () => {
    for (const path of ['/display/', '/display/anything']) {
      const response = await fetch(`${server().url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    }
  });
});
