import { describe, expect, it } from 'vitest';
import { operations } from '@dintur/shared';
import { callNext, expectError, expectSuccess, issuePaths, issueTicket, serverPerTest, staffAtCounter, ticketAction } from './helpers.js';

/** The staff app's own operations (shared/src/staff-operations.ts) over real HTTP. */
describe('the staff app API', () => {
  const server = serverPerTest();

  describe('GET /api/colleagues', () => {
    it('names the people who work counters, where they sit, and which services each may handle under the unit rule', async () => {
      const s = server();
      const mette = await staffAtCounter(s, 'mette', 'borgerservice', 'bs-1');
      const poul = await s.createStaff('poul', 'staff', 'pension-care');
      await s.createStaff('agnete', 'agent', null);
      const gone = await s.createStaff('gone', 'staff', 'borgerservice');
      expectSuccess(await s.request('PATCH', `/api/staff/${gone.id}`, { token: s.adminToken, body: { disabled: true } }), operations.updateStaff);

      const colleagues = expectSuccess(await s.request('GET', '/api/colleagues', { token: poul.token }), operations.listColleagues);
      const byName = new Map(colleagues.map((person) => [person.displayName, person]));
      expect([...byName.keys()].sort()).toEqual(['Administrator', 'mette', 'poul']);
      expect(byName.get('mette')).toMatchObject({ id: mette.id, unitId: 'borgerservice', role: 'staff', counterId: 'bs-1' });
      expect(byName.get('poul')).toMatchObject({ unitId: 'pension-care', counterId: null });

      const metteMay = byName.get('mette')!.serviceIds;
      expect(metteMay).toEqual(expect.arrayContaining(['passport', 'housing-benefit', 'information']));
      expect(metteMay).not.toContain('pension');
      expect(metteMay).not.toContain('home-help');
      const poulMay = byName.get('poul')!.serviceIds;
      expect(poulMay).toEqual(expect.arrayContaining(['pension', 'home-help', 'housing-benefit', 'information']));
      expect(poulMay).not.toContain('passport');
      expect(poulMay).not.toContain('social-counselling');
    });

    it('answers 401 without a sign-in', async () => {
      expectError(await server().request('GET', '/api/colleagues'), 401, 'unauthenticated');
    });
  });

  describe('GET /api/transfers', () => {
    it('lists a transferred ticket until it is called, with where it came from, when and by whom', async () => {
      const s = server();
      await issueTicket(s, 'passport');
      const visit = await issueTicket(s, 'information');
      const reception = await staffAtCounter(s, 'reception', 'borgerservice', 'bs-3');
      expect((await callNext(s, reception.token, 'bs-3'))?.number).toBe('G1');
      s.clock.advanceMinutes(4);
      expectSuccess(
        await ticketAction(s, reception.token, visit.id, 'transfer', { serviceId: 'housing-benefit', note: 'Boligstøtte, har papirerne med' }),
        operations.transfer,
      );

      const pending = expectSuccess(await s.request('GET', '/api/transfers', { token: reception.token }), operations.listPendingTransfers);
      expect(pending).toEqual([
        {
          ticketId: visit.id,
          number: 'G1',
          serviceId: 'housing-benefit',
          fromServiceId: 'information',
          transferredAt: new Date(s.clock.now()).toISOString(),
          staffId: reception.id,
          targetCounterId: null,
          targetStaffId: null,
        },
      ]);

      const pensions = await staffAtCounter(s, 'pensions', 'pension-care', 'po-7');
      expect((await callNext(s, pensions.token, 'po-7'))?.number).toBe('G1');
      expect(expectSuccess(await s.request('GET', '/api/transfers', { token: reception.token }), operations.listPendingTransfers)).toEqual([]);
    });

    it('answers 401 without a sign-in', async () => {
      expectError(await server().request('GET', '/api/transfers'), 401, 'unauthenticated');
    });
  });

  describe('PUT /api/counters/{counterId}/services', () => {
    it('lets a manager change what a counter calls; call-next follows the new profile at once', async () => {
      const s = server();
      const manager = await s.createStaff('leder', 'manager', 'borgerservice');
      await issueTicket(s, 'moving');
      await issueTicket(s, 'passport');

      const changed = expectSuccess(
        await s.request('PUT', '/api/counters/bs-5/services', {
          token: manager.token,
          body: { services: [{ serviceId: 'passport', weight: 3 }, { serviceId: 'information' }] },
        }),
        operations.setCounterServices,
      );
      expect(changed).toEqual({
        id: 'bs-5',
        unitId: 'borgerservice',
        name: 'Skranke 5',
        services: [
          { serviceId: 'passport', weight: 3 },
          { serviceId: 'information', weight: 1 },
        ],
      });
      const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
      expect(centre.counters.find((counter) => counter.id === 'bs-5')?.services).toEqual(['passport', 'information']);
      expect(expectSuccess(await s.request('GET', '/api/counters/bs-5/services', { token: manager.token }), operations.getCounterServices)).toEqual(changed);
      const config = expectSuccess(await s.request('GET', '/api/config', { token: s.adminToken }), operations.getConfig);
      expect(config.counters.find((counter) => counter.id === 'bs-6')?.services.map((entry) => entry.serviceId)).toEqual(['information', 'housing-benefit', 'pension']);

      // Skranke 5 did not call passports before; now it takes A1 although E1 came first.
      const desk = await staffAtCounter(s, 'mette', 'borgerservice', 'bs-5');
      expect((await callNext(s, desk.token, 'bs-5'))?.number).toBe('A1');
    });

    it('refuses counter staff (403), an unknown counter (404), and unknown, repeated or no services (400), changing nothing', async () => {
      const s = server();
      const staff = await s.createStaff('mette', 'staff', 'borgerservice');
      const put = (counterId: string, body: unknown, token = s.adminToken) => s.request('PUT', `/api/counters/${counterId}/services`, { token, body });

      expectError(await put('bs-1', { services: [{ serviceId: 'moving' }] }, staff.token), 403, 'forbidden');
      expectError(await s.request('GET', '/api/counters/bs-1/services', { token: staff.token }), 403, 'forbidden');
      expectError(await s.request('GET', '/api/counters/bs-99/services', { token: s.adminToken }), 404, 'not-found');
      expectError(await put('bs-99', { services: [{ serviceId: 'moving' }] }), 404, 'not-found');
      const unknown = expectError(await put('bs-1', { services: [{ serviceId: 'moving' }, { serviceId: 'tax' }] }), 400, 'validation-failed');
      expect(issuePaths(unknown)).toEqual(['body.services.1.serviceId']);
      const twice = expectError(await put('bs-1', { services: [{ serviceId: 'moving' }, { serviceId: 'moving', weight: 2 }] }), 400, 'validation-failed');
      expect(issuePaths(twice)).toEqual(['body.services.1.serviceId']);
      const none = expectError(await put('bs-1', { services: [] }), 400, 'validation-failed');
      expect(issuePaths(none)).toEqual(['body.services']);
      const badWeight = expectError(await put('bs-1', { services: [{ serviceId: 'moving', weight: 0 }] }), 400, 'validation-failed');
      expect(issuePaths(badWeight)).toEqual(['body.services.0.weight']);

      const centre = expectSuccess(await s.request('GET', '/api/centre'), operations.getCentre);
      expect(centre.counters.find((counter) => counter.id === 'bs-1')?.services).toEqual(['passport', 'driving-licence', 'passport-pickup']);
    });
  });
});
