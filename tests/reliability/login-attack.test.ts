import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoryRoot } from './child-server.js';
import { loopbackAddress, requestFrom } from '../support/from-address.js';
import { adminPassword, startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Attacks on sign-in, each as an anonymous client would make them: none may take the service away
 * from the staff. The figures are printed so they can be compared (docs/DECISIONS.md, "Logins
 * under attack").
 */
const loginFrom = (url: string, address: string, username: string, password: string) =>
  requestFrom(url, address, 'POST', '/api/auth/login', { body: { username, password } });

/** Dearer than the tests' usual scrypt, so that hashing takes real time (about 30 ms here), as in production. */
const floodScryptCost = { N: 2 ** 12, r: 8, p: 1 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sign-in under attack', () => {
  it('a guesser at rotating addresses who waits out every lock never locks the admin out', async () => {
    server = await startTestServer();
    const s = server;
    let failures = 0;
    let waitedSeconds = 0;
    for (let guess = 0; failures < 15; guess += 1) {
      const answer = await loginFrom(s.url, loopbackAddress(guess), 'admin', `guess-${guess}`);
      if (answer.status === 401) failures += 1;
      else if (answer.status === 429) {
        const retryAfter = Number(answer.headers['retry-after']);
        waitedSeconds += retryAfter;
        s.clock.advance(retryAfter * 1000);
      } else throw new Error(`unexpected answer ${answer.status}`);
    }
    const admin = await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword);
    const lockedOutSeconds = admin.status === 429 ? Number(admin.headers['retry-after']) : 0;
    console.log(`[figures] 15 failures from rotating addresses took the guesser ${waitedSeconds} s of waiting; the admin is then locked out for ${lockedOutSeconds} s`);
    expect(admin.status).toBe(200);
  });

  it('a burst of 200 simultaneous guesses is counted before any is hashed, from one address and from 200', async () => {
    server = await startTestServer({ scryptCost: floodScryptCost });
    const s = server;
    await s.createStaff('clerk', 'staff', 'borgerservice');
    const fromOne = await Promise.all(Array.from({ length: 200 }, (_, guess) => loginFrom(s.url, '127.0.0.9', 'clerk', `wrong-${guess}`)));
    const fromMany = await Promise.all(Array.from({ length: 200 }, (_, guess) => loginFrom(s.url, loopbackAddress(10 + guess), 'admin', `wrong-${guess}`)));
    const triedFromOne = fromOne.filter((answer) => answer.status === 401).length;
    const triedFromMany = fromMany.filter((answer) => answer.status === 401).length;
    console.log(`[figures] of 200 simultaneous wrong passwords, ${triedFromOne} were tried from one address and ${triedFromMany} from 200 addresses`);
    expect([...fromOne, ...fromMany].every((answer) => [401, 429, 503].includes(answer.status))).toBe(true);
    expect(triedFromOne).toBeLessThanOrEqual(5);
    expect(triedFromMany).toBeLessThanOrEqual(11);
    expect((await loginFrom(s.url, '127.0.0.9', 'clerk', 'clerk-password')).status).toBe(429);
    expect((await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword)).status).toBe(200);
  });

  it('a login flood from many addresses does not hold up the files of the pages', async () => {
    server = await startTestServer({ scryptCost: floodScryptCost });
    const s = server;
    const asset = readdirSync(path.join(repositoryRoot, 'staff-app/dist/assets')).find((name) => name.endsWith('.js'));
    const files = ['/staff/', ...(asset ? [`/staff/assets/${asset}`] : [])];
    const fetchFile = async (file: string) => {
      const started = performance.now();
      const response = await fetch(`${s.url}${file}`);
      await response.arrayBuffer();
      expect(response.status).toBe(200);
      return performance.now() - started;
    };
    const quiet = await fetchFile(files[0]!);

    let flooding = true;
    const statuses = new Map<number, number>();
    // 400 sign-ins with made-up names from 100 addresses, 200 in flight at a time.
    const flood = Promise.all(
      Array.from({ length: 200 }, async (_, lane) => {
        for (let round = 0; round < 2; round += 1) {
          const answer = await loginFrom(s.url, loopbackAddress(lane % 100), `nobody-${lane}-${round}`, 'guess-password');
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        }
      }),
    ).finally(() => (flooding = false));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const latencies: number[] = [];
    for (let fetchIndex = 0; fetchIndex < 10 && flooding; fetchIndex += 1) latencies.push(await fetchFile(files[fetchIndex % files.length]!));
    const floodStarted = performance.now();
    await flood;
    const worst = Math.max(...latencies);
    console.log(
      `[figures] page files during a login flood: worst ${worst.toFixed(0)} ms over ${latencies.length} fetches (quiet: ${quiet.toFixed(0)} ms); ` +
        `the flood's answers ${JSON.stringify(Object.fromEntries(statuses))}, it ended ${(performance.now() - floodStarted).toFixed(0)} ms after the last file`,
    );
    expect(latencies.length).toBeGreaterThan(0);
    expect([...statuses.keys()].every((status) => [401, 429, 503].includes(status))).toBe(true);
    expect(worst).toBeLessThan(1_000);
    expect((await loginFrom(s.url, '127.0.0.1', 'admin', adminPassword)).status).toBe(200);
  });
});
