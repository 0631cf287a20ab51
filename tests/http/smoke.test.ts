import { it, expect } from 'vitest';
import { startTestServer } from '../support/test-server.js';
it('smoke', async () => {
  const s = await startTestServer();
  const t0 = Date.now();
  const s2 = await startTestServer();
  console.log('start ms', Date.now() - t0);
  await s2.close();
  const cfg = (await s.request('GET', '/api/config', { token: s.adminToken })).body;
  const bad = structuredClone(cfg);
  bad.services[0].prefix = 'aa';
  bad.services[1].unitId = 'nowhere';
  bad.hours.weekly.monday = { open: '25:00', close: '10:00' };
  bad.counters[0].services = [];
  const r = await s.request('PUT', '/api/config', { token: s.adminToken, body: bad });
  console.log(r.status, JSON.stringify(r.body, null, 1));
  const bad2 = structuredClone(cfg);
  bad2.services[1].unitId = 'nowhere';
  bad2.counters[0].services[0].serviceId = 'nowhere';
  const r2 = await s.request('PUT', '/api/config', { token: s.adminToken, body: bad2 });
  console.log(r2.status, JSON.stringify(r2.body, null, 1));
  await s.createStaff('anna', 'staff', 'borgerservice');
  for (let i = 0; i < 6; i++) {
    const l = await s.request('POST', '/api/auth/login', { body: { username: 'anna', password: i === 5 ? 'anna-password' : 'wrong-password' } });
    console.log(i, l.status, JSON.stringify(l.body).slice(0, 200));
  }
  for (const u of ['/api/tickets/abc', '/api/tickets/99999999999999999999', '/api/tickets/1e3', '/api/tickets/-1', '/api/track/%00', '/api/track/abc', '/api/display?limit=abc', '/api/display?unitId=a&unitId=b', '/api/tickets?status=bogus', '/api/nope']) {
    const x = await s.request('GET', u, { token: s.adminToken });
    console.log(u, x.status, JSON.stringify(x.body).slice(0, 300));
  }
  for (const b of ['{bad', 'null', '[]', '"x"', '123', '{"serviceId":42}', '{"serviceId":"passport","lang":"DANISH"}', '{"serviceId":"passport","__proto__":{"x":1}}']) {
    const x = await s.request('POST', '/api/tickets', { body: b });
    console.log(b, x.status, JSON.stringify(x.body).slice(0, 300));
  }
  const tp = await fetch(`${s.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'serviceId=passport' });
  console.log('text/plain', tp.status, await tp.text());
  const nob = await fetch(`${s.url}/api/tickets`, { method: 'POST' });
  console.log('nobody', nob.status, await nob.text());
  await s.close();
  expect(1).toBe(1);
});
