import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, startServer, type RunningServer } from '@dintur/server';
import { operations } from '@dintur/shared';
import { adminPassword, testScryptCost } from '../support/test-server.js';
import { expectSuccess } from './helpers.js';
import { at } from './appointments-helpers.js';

type ReceivedMail = { from: string | undefined; to: string[]; raw: string };

/** A real SMTP server on 127.0.0.1 that keeps what it receives; `refuse` rejects every recipient. */
async function startMailServer(options: { refuse?: boolean } = {}) {
  const received: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(options.refuse ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) };
}

/** The centre server with SMTP configured (the shared test server has no mail settings). */
async function startCentre(smtpUrl: string): Promise<RunningServer & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dintur-mail-'));
  const running = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      adminPassword,
      issueLimitPerMinute: 0,
      heartbeatMs: 15_000,
      smtpUrl,
      mailFrom: 'Borgercenter Valby <noreply@valby.example.dk>',
      publicUrl: 'https://tid.valby.example.dk',
    },
    { clock: new ManualClock(Date.parse('2026-11-24T10:00:00Z')), scryptCost: testScryptCost },
  );
  return { ...running, dataDir };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(options: { refuse?: boolean } = {}) {
  const mail = await startMailServer(options);
  cleanups.push(mail.close);
  const centre = await startCentre(mail.url);
  cleanups.push(async () => {
    await centre.close();
    rmSync(centre.dataDir, { recursive: true, force: true });
  });
  const book = (body: Record<string, unknown>) =>
    fetch(`${centre.url}/api/appointments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 'passport', start: at('12:00'), name: 'Anna Hansen', ...body }),
    });
  return { mail, centre, book };
}

/** The mail's text with quoted-printable soft breaks and escapes undone. */
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (escaped) => Buffer.from(escaped.replace(/=/g, ''), 'hex').toString('utf8'));

describe('the confirmation e-mail', () => {
  it('reaches the SMTP server with the booking code, the time and the link to move or cancel', async () => {
    const { mail, book } = await setUp();
    const answer = await book({ email: 'anna@example.dk', lang: 'da' });
    expect(answer.status).toBe(201);
    const { code } = expectSuccess({ status: answer.status, body: await answer.json(), headers: answer.headers }, operations.bookAppointment);

    await expect.poll(() => mail.received.length, { timeout: 5_000 }).toBe(1);
    const [message] = mail.received;
    expect(message!.to).toEqual(['anna@example.dk']);
    expect(message!.from).toBe('noreply@valby.example.dk');
    const text = decoded(message!.raw);
    expect(text).toContain(`${code.slice(0, 4)} ${code.slice(4)}`);
    expect(text).toContain('tirsdag den 24. november 2026 kl. 12.00');
    expect(text).toContain(`https://tid.valby.example.dk/book/${code}`);
  });

  it('sends nothing to a citizen who gave only a phone number, and a cancellation to one who gave an address', async () => {
    const { mail, book, centre } = await setUp();
    expect((await book({ phone: '12345678' })).status).toBe(201);
    const withMail = (await (await book({ email: 'bo@example.dk', start: at('12:15') })).json()) as { code: string };
    await expect.poll(() => mail.received.length, { timeout: 5_000 }).toBe(1);
    expect((await fetch(`${centre.url}/api/appointments/${withMail.code}`, { method: 'DELETE' })).status).toBe(200);
    await expect.poll(() => mail.received.length, { timeout: 5_000 }).toBe(2);
    expect(mail.received.map((message) => message.to)).toEqual([['bo@example.dk'], ['bo@example.dk']]);
    expect(decoded(mail.received[1]!.raw)).toContain('Din tid er aflyst');
  });

  it('keeps the booking when the mail server refuses the message, and warns without the address', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    cleanups.push(async () => warn.mockRestore());
    const { book, centre } = await setUp({ refuse: true });
    const answer = await book({ email: 'anna@example.dk' });
    expect(answer.status).toBe(201);
    const { code } = (await answer.json()) as { code: string };
    await expect.poll(() => warn.mock.calls.length, { timeout: 5_000 }).toBe(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/could not be sent \(EENVELOPE\)/);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/anna|Hansen/);
    const shown = await fetch(`${centre.url}/api/appointments/${code}`);
    expect(shown.status).toBe(200);
    expect(((await shown.json()) as { status: string }).status).toBe('booked');
  });
});
