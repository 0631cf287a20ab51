import { afterEach, describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { openStreamFrom, type AddressedStream } from '../support/stream-from-address.js';
import { requestFrom } from '../support/from-address.js';
import { at, book, requestBooking } from './appointments-helpers.js';
import { expectError, expectSuccess, issueTicket, serverPerTest } from './helpers.js';

/** docs/DECISIONS.md, "Caps: bookings, streams, queues". */
describe('the future bookings one phone number or e-mail address may hold', () => {
  const server = serverPerTest();

  it('refuses a 4th coming booking of one phone number, however it is written, with 409 booking-limit naming the limit', async () => {
    const s = server();
    await book(s, { start: at('11:30'), phone: '+45 12 34 56 78', email: 'a@example.dk' });
    await book(s, { start: at('12:00'), phone: '12345678', email: 'b@example.dk' });
    await book(s, { start: at('12:30'), phone: '0045 12 34 56 78' });
    const refused = await requestBooking(s, { start: at('13:00'), phone: '12 34 56 78', email: 'c@example.dk' });
    const error = expectError(refused, 409, 'booking-limit');
    expect(error.message).toMatch(/\b3\b/);
    expect(error.details).toEqual({ limit: 3 });
    // Another number books as before.
    await book(s, { start: at('13:00'), phone: '+45 87 65 43 21' });
  });

  it('counts an e-mail address in any case, frees a place when one is cancelled, and never limits the booking desk', async () => {
    const s = server();
    const first = await book(s, { start: at('11:30'), phone: undefined, email: 'Anna@Example.dk' });
    await book(s, { start: at('12:00'), phone: '+45 11 11 11 11', email: 'anna@example.dk' });
    await book(s, { start: at('12:30'), phone: '+45 22 22 22 22', email: 'ANNA@example.dk' });
    expectError(await requestBooking(s, { start: at('13:00'), phone: '+45 33 33 33 33', email: 'anna@example.DK' }), 409, 'booking-limit');

    expectSuccess(await s.request('DELETE', `/api/appointments/${first.code}`), operations.cancelAppointment);
    await book(s, { start: at('13:00'), phone: '+45 33 33 33 33', email: 'anna@example.dk' });

    const agent = await s.createStaff('caller-desk', 'agent', null);
    await book(s, { start: at('13:30'), phone: '+45 33 33 33 33', email: 'anna@example.dk' }, agent.token);
  });

  it('counts only coming bookings: one whose time has passed holds nothing', async () => {
    const s = server();
    for (const time of ['11:30', '12:00', '12:30']) await book(s, { start: at(time) });
    expectError(await requestBooking(s, { start: at('13:00') }), 409, 'booking-limit');
    s.clock.advanceMinutes(35);
    await book(s, { start: at('13:00') });
  });
});

describe('the per-address booking rate', () => {
  const server = serverPerTest({ bookingLimitPerMinute: 10 });

  it('answers the 11th booking a minute from one address with 429 and Retry-After; another address and the booking desk go on', async () => {
    const s = server();
    const answers = [];
    for (let index = 0; index < 10; index += 1) {
      answers.push(await requestFrom(s.url, '127.0.0.2', 'POST', '/api/appointments', { body: bookingBody(index) }));
    }
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(0);
    const refused = await requestFrom(s.url, '127.0.0.2', 'POST', '/api/appointments', { body: bookingBody(10) });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too-many-requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    expect((await requestFrom(s.url, '127.0.0.3', 'POST', '/api/appointments', { body: bookingBody(11) })).status).not.toBe(429);
    const agent = await s.createStaff('caller-desk', 'agent', null);
    const atDesk = await requestFrom(s.url, '127.0.0.2', 'POST', '/api/appointments', { body: bookingBody(12), headers: { authorization: `Bearer ${agent.token}` } });
    expect(atDesk.status).not.toBe(429);
  });
});

/** A booking at one of the afternoon's quarter hours, by a number of its own. */
const bookingBody = (index: number) => ({
  serviceId: 'passport',
  start: at(`${String(12 + Math.floor(index / 4)).padStart(2, '0')}:${String((index % 4) * 15).padStart(2, '0')}`),
  name: `Person ${index}`,
  phone: `+45 40 00 ${String(1000 + index).slice(0, 2)} ${String(1000 + index).slice(2)}`,
});

describe('the cap on a queue', () => {
  const server = serverPerTest();

  it('refuses a number once the queue is at its cap (409 queue-full, "come back later") and gives one again when it shortens', async () => {
    const s = server();
    const config = (await s.request('GET', '/api/config', { token: s.adminToken })).body;
    config.services.find((service: { id: string }) => service.id === 'passport').maxWaiting = 3;
    expectSuccess(await s.request('PUT', '/api/config', { token: s.adminToken, body: config }), operations.putConfig);

    const tickets = [];
    for (let count = 0; count < 3; count += 1) tickets.push(await issueTicket(s, 'passport'));
    const refused = await s.request('POST', '/api/tickets', { body: { serviceId: 'passport' } });
    const error = expectError(refused, 409, 'queue-full');
    expect(error.message).toMatch(/full.*come back later/i);
    expect(error.details).toEqual({ maxWaiting: 3 });
    // Other queues are not full.
    await issueTicket(s, 'passport-pickup');

    expectSuccess(await s.request('POST', `/api/track/${tickets[0]!.trackingCode}/cancel`), operations.cancelByCitizen);
    expect((await issueTicket(s, 'passport')).number).toBe('A4');
  });

  it('has a default of 300 a service', async () => {
    const s = server();
    const config = (await s.request('GET', '/api/config', { token: s.adminToken })).body;
    expect(config.services.map((service: { maxWaiting: number }) => service.maxWaiting)).toEqual(config.services.map(() => 300));
  });
});

describe('the ticket limit behind a trusted proxy', () => {
  const server = serverPerTest({ issueLimitPerMinute: 3, trustedProxy: ['loopback'] });

  it('keys on the client the proxy names, so citizens behind one proxy do not share a bucket', async () => {
    const s = server();
    const from = (client: string) => s.request('POST', '/api/tickets', { body: { serviceId: 'passport' }, headers: { 'x-forwarded-for': client } });
    for (let count = 0; count < 3; count += 1) expect((await from('203.0.113.7')).status).toBe(201);
    expectError(await from('203.0.113.7'), 429, 'too-many-requests');
    expect((await from('203.0.113.8')).status).toBe(201);
  });
});

describe('the caps on live event streams', () => {
  const server = serverPerTest({ eventStreamsPerClient: 3, eventStreamsMax: 5, deviceAddresses: ['127.0.0.9'] });
  const open: AddressedStream[] = [];
  afterEach(() => {
    for (const stream of open.splice(0)) stream.close();
  });
  const connect = async (address: string, headers?: Record<string, string>) => {
    const stream = await openStreamFrom(server().url, address, { ...(headers && { headers }) });
    open.push(stream);
    return stream;
  };

  it('refuses a client address past its cap with 429, and everyone past the global cap with 503, both with Retry-After', async () => {
    for (let count = 0; count < 3; count += 1) expect((await connect('127.0.0.2')).status).toBe(200);
    const perClient = await connect('127.0.0.2');
    expect(perClient.status).toBe(429);
    expect(perClient.headers['content-type']).toMatch(/^application\/json/);
    expect(perClient.body.error.code).toBe('too-many-requests');
    expect(Number(perClient.headers['retry-after'])).toBeGreaterThan(0);

    for (let count = 0; count < 2; count += 1) expect((await connect('127.0.0.3')).status).toBe(200);
    const global = await connect('127.0.0.4');
    expect(global.status).toBe(503);
    expect(global.body.error.code).toBe('server-busy');
    expect(Number(global.headers['retry-after'])).toBeGreaterThan(0);

    // A closed stream gives its place back.
    open[0]!.close();
    await open[0]!.ended;
    await expect.poll(async () => (await connect('127.0.0.4')).status).toBe(200);
  });

  it('never caps a device address or a signed-in member of staff', async () => {
    const s = server();
    for (let count = 0; count < 3; count += 1) expect((await connect('127.0.0.2')).status).toBe(200);
    for (let count = 0; count < 2; count += 1) expect((await connect('127.0.0.3')).status).toBe(200);
    expect((await connect('127.0.0.4')).status).toBe(503);
    // The streams are all taken, and a kiosk or display still gets one, as do staff.
    for (let count = 0; count < 4; count += 1) expect((await connect('127.0.0.9')).status).toBe(200);
    const staff = await s.createStaff('leader', 'manager', 'borgerservice');
    for (let count = 0; count < 4; count += 1) expect((await connect('127.0.0.2', { authorization: `Bearer ${staff.token}` })).status).toBe(200);
  });
});
