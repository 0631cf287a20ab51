import { describe, expect, it } from 'vitest';
import { containsCpr, operations } from '@dintur/shared';
import { expectError, expectSuccess, issuePaths, serverPerTest } from './helpers.js';
import { at, book, requestBooking } from './appointments-helpers.js';

/**
 * Finding 14 of the security review: a booking name holding a CPR number was stored in clear and
 * shown by the public `GET /api/appointments/{code}`. The CPR number has its own field (kept only
 * as a keyed hash); the free-text fields refuse one, naming the field.
 */
describe('a CPR number in the free text of a booking', () => {
  const server = serverPerTest();

  const cases = [
    { field: 'name', input: { name: 'Anna Hansen 060606-1234' }, message: 'a CPR number does not belong in the name' },
    { field: 'name', input: { name: 'Anna Hansen \uFF10\uFF16\uFF10\uFF16\uFF10\uFF16\u2011\uFF11\uFF12\uFF13\uFF14' }, message: 'a CPR number does not belong in the name' },
    { field: 'name', input: { name: 'Anna O6O6O6/1234' }, message: 'a CPR number does not belong in the name' },
    { field: 'phone', input: { phone: '060606-1234' }, message: 'a CPR number does not belong in the phone number' },
    { field: 'email', input: { email: '0606061234@example.dk' }, message: 'a CPR number does not belong in the e-mail address' },
  ];

  it.each(cases)('is refused with 400 naming the $field, and nothing is booked: $input', async ({ field, input, message }) => {
    const s = server();
    const refused = expectError(await requestBooking(s, input), 400, 'validation-failed');
    expect(issuePaths(refused)).toEqual([`body.${field}`]);
    expect(refused.issues?.[0]?.message).toBe(message);
    await s.engine.durable();
    expect(s.engine.db.prepare('SELECT COUNT(*) AS n FROM appointments').get()).toEqual({ n: 0 });
  });

  it('is refused from an agent of the contact centre too', async () => {
    const s = server();
    const agent = await s.createStaff('agent', 'agent', null);
    const refused = expectError(await requestBooking(s, { name: 'Anna 06.06.06-1234' }, agent.token), 400, 'validation-failed');
    expect(issuePaths(refused)).toEqual(['body.name']);
  });

  it('keeps a CPR number given in its own field out of the public view, and takes an ordinary name', async () => {
    const s = server();
    const booked = await book(s, { start: at('11:30'), name: 'Anna Hansen', cpr: '060606-1234' });
    const shown = expectSuccess(await s.request('GET', `/api/appointments/${booked.code}`), operations.getAppointment);
    expect(shown).toMatchObject({ name: 'Anna Hansen', healthCardCheckIn: true });
    expect(containsCpr(JSON.stringify(shown))).toBe(false);
  });
});
