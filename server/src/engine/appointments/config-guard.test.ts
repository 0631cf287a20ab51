import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs } from './testing.js';

describe('replacing the configuration', () => {
  it('refuses to remove a service with booked appointments (409), and allows it once they are cancelled', () => {
    const { engine, actor } = createTestEngine();
    const admin = actor('admin', null, 'admin');
    const code = bookAs(engine, { serviceId: 'moving', start: at('12:00') });
    const config = structuredClone(engine.config());
    const withoutMoving = {
      ...config,
      services: config.services.filter((service) => service.id !== 'moving'),
      counters: config.counters.map((counter) => ({ ...counter, services: counter.services.filter((entry) => entry.serviceId !== 'moving') })),
      appointments: { ...config.appointments, services: Object.fromEntries(Object.entries(config.appointments.services).filter(([id]) => id !== 'moving')) },
    };
    expect(() => engine.replaceConfig(withoutMoving, admin)).toThrow(
      expect.objectContaining({ status: 409, issues: [{ path: 'services', message: 'service "moving" still has 1 booked appointment(s)' }] }),
    );
    expect(engine.config().services.some((service) => service.id === 'moving')).toBe(true);
    engine.appointments.cancel(code, null);
    engine.replaceConfig(withoutMoving, admin);
    expect(engine.config().services.some((service) => service.id === 'moving')).toBe(false);
  });

  it('names an appointment setting of an unknown service or a counter that does not call it', () => {
    const { engine, actor } = createTestEngine();
    const config = structuredClone(engine.config());
    config.appointments.services.ghost = { ...config.appointments.services.moving!, counterIds: ['bs-3'] };
    config.appointments.services.mitid = { ...config.appointments.services.mitid!, counterIds: ['bs-1', 'nowhere', 'bs-3'] };
    expect(() => engine.replaceConfig(config, actor('admin', null, 'admin'))).toThrow(
      expect.objectContaining({
        status: 400,
        issues: expect.arrayContaining([
          { path: 'appointments.services.ghost', message: 'unknown service "ghost"' },
          { path: 'appointments.services.ghost.counterIds.0', message: 'counter "bs-3" does not call service "ghost"' },
          { path: 'appointments.services.mitid.counterIds.0', message: 'counter "bs-1" does not call service "mitid"' },
          { path: 'appointments.services.mitid.counterIds.1', message: 'unknown counter "nowhere"' },
        ]),
      }),
    );
  });

  it('refuses a counter that would take two services’ appointments at the same time, and allows it at separate hours', () => {
    const { engine, actor } = createTestEngine();
    const admin = actor('admin', null, 'admin');
    const config = structuredClone(engine.config());
    config.appointments.services['health-card'] = { ...config.appointments.services.moving! };
    expect(() => engine.replaceConfig(config, admin)).toThrow(
      expect.objectContaining({
        issues: [{ path: 'appointments.services.health-card.counterIds.0', message: 'counter "bs-3" already takes appointments for "moving" on monday at these hours' }],
      }),
    );
    const afternoon = { open: '14:00', close: '20:00' };
    const morning = { open: '08:00', close: '14:00' };
    const week = (hours: typeof morning) => ({ monday: hours, tuesday: hours, wednesday: hours, thursday: hours, friday: hours, saturday: null, sunday: null });
    config.appointments.services.moving = { ...config.appointments.services.moving!, hours: week(morning) };
    config.appointments.services['health-card'] = { ...config.appointments.services.moving, hours: week(afternoon) };
    expect(engine.replaceConfig(config, admin).appointments.services['health-card']?.counterIds).toEqual(['bs-3']);
  });
});
