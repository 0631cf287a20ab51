import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { expectSuccess, serverPerTest } from './helpers.js';
import { appointmentEvents, at, book } from './appointments-helpers.js';

const day = 24 * 60 * 60_000;
const personal = ['Zebulon Quaxworth', 'zebulon@example.dk', '+4598765432', '98765432', '2411801235', '241180-1235'];

describe('personal data of appointments', () => {
  const server = serverPerTest();

  it('are deleted from the appointment and from the database file once the retention days have passed; the anonymous fields stay', async () => {
    const s = server();
    const { code } = await book(s, { start: at('11:30'), name: 'Zebulon Quaxworth', email: 'zebulon@example.dk', phone: '98 76 54 32', cpr: '241180-1235' });
    s.clock.set(at('11:20'));
    expectSuccess(await s.request('POST', `/api/appointments/${code}/check-in`, { body: {} }), operations.checkIn);

    s.clock.set(Date.parse(at('11:30')) + 30 * day - 60_000);
    s.engine.appointments.maintain(); // what the server's minute timer does
    expect((await s.request('GET', `/api/appointments/${code}`)).body.name).toBe('Zebulon Quaxworth');

    s.clock.advance(2 * 60_000);
    s.engine.appointments.maintain();
    await s.engine.durable();
    const purged = expectSuccess(await s.request('GET', `/api/appointments/${code}`), operations.getAppointment);
    expect(purged).toMatchObject({ code, serviceId: 'passport', start: at('11:30'), status: 'checked-in', channel: 'online', name: null, phone: null, email: null, healthCardCheckIn: false });

    // SQLite's checkpoint (automatic as the log grows) moves the overwritten pages into the file.
    s.engine.db.pragma('wal_checkpoint(TRUNCATE)');
    const file = path.join(s.dataDir, 'dintur.sqlite');
    for (const part of [file, `${file}-wal`].filter((candidate) => existsSync(candidate))) {
      const bytes = readFileSync(part);
      for (const value of personal) expect(bytes.includes(value), `${value} in ${path.basename(part)}`).toBe(false);
    }
  });

  it('never enter the event log, the exported log or the live stream’s payloads', async () => {
    const s = server();
    const agent = await s.createStaff('agent', 'agent', null);
    const { code } = await book(s, { start: at('11:30'), name: 'Zebulon Quaxworth', email: 'zebulon@example.dk', phone: '98 76 54 32', cpr: '241180-1235' });
    expectSuccess(await s.request('POST', `/api/appointments/${code}/move`, { body: { start: at('11:45') }, token: agent.token }), operations.moveAppointment);
    s.clock.set(at('11:30'));
    expectSuccess(await s.request('POST', '/api/appointments/check-in-by-cpr', { body: { cpr: '241180-1235' } }), operations.checkInByCpr);
    const other = await book(s, { start: at('12:30'), name: 'Zebulon Quaxworth', phone: '98765432' });
    expectSuccess(await s.request('DELETE', `/api/appointments/${other.code}`), operations.cancelAppointment);

    const events = await appointmentEvents(s);
    expect(events.map((event) => event.type)).toEqual(['appointment.booked', 'appointment.moved', 'appointment.checked-in', 'appointment.booked', 'appointment.cancelled']);
    const everything = JSON.stringify(s.engine.db.prepare('SELECT * FROM events').all());
    for (const value of [...personal, 'Quaxworth', 'zebulon']) expect(everything).not.toContain(value);
  });
});
