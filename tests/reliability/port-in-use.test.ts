import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { startServer } from '@dintur/server';
import { testScryptCost } from '../support/test-server.js';

it('says plainly that the port is taken, and leaves the database free for the next try', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-port-'));
  const settings = { port, host: '127.0.0.1', dataDir, adminPassword: 'admin-password-for-tests', issueLimitPerMinute: 0, heartbeatMs: 15_000 };
  try {
    await expect(startServer(settings, { scryptCost: testScryptCost })).rejects.toThrow(/EADDRINUSE/);
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    const running = await startServer(settings, { scryptCost: testScryptCost });
    expect((await fetch(`${running.url}/api/health`)).status).toBe(200);
    await running.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
