import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../test-engine.js';
import { at, bookAs } from './testing.js';

describe('the booking desk’s search', () => {
  it('finds by code (any case, with a space), by part of a name in any case, and by the end of a phone number', () => {
    const { engine, actor } = createTestEngine();
    const agent = actor('agent', null, 'agent');
    const anna = bookAs(engine, { start: at('11:30'), name: 'Anna Ærø Hansen', phone: '+45 12 34 56 78' });
    bookAs(engine, { serviceId: 'home-help', start: at('13:00', '2026-11-27'), name: 'Bo Berg', phone: '87654321' });
    const names = (query: string) => engine.appointments.search({ query }, agent).map((found) => found.name);
    expect(names(`${anna.slice(0, 4).toLowerCase()} ${anna.slice(4)}`)).toEqual(['Anna Ærø Hansen']);
    expect(names('ærø')).toEqual(['Anna Ærø Hansen']);
    expect(names('BERG')).toEqual(['Bo Berg']);
    expect(names('12 34 56 78')).toEqual(['Anna Ærø Hansen']);
    expect(names('4321')).toEqual(['Bo Berg']);
    expect(names('nobody')).toEqual([]);
  });

  it('lists one day’s appointments in time order, and needs a query or a date', () => {
    const { engine, actor } = createTestEngine();
    const agent = actor('agent', null, 'agent');
    bookAs(engine, { start: at('14:00'), name: 'Later' });
    bookAs(engine, { start: at('12:00'), name: 'Sooner' });
    bookAs(engine, { start: at('12:00', '2026-11-25'), name: 'Tomorrow' });
    expect(engine.appointments.search({ date: '2026-11-24' }, agent).map((found) => found.name)).toEqual(['Sooner', 'Later']);
    expect(() => engine.appointments.search({}, agent)).toThrow(expect.objectContaining({ status: 400 }));
  });
});

describe('free slots across services and days', () => {
  it('lists each bookable service’s days with their free slots only', () => {
    const { engine } = createTestEngine();
    bookAs(engine, { serviceId: 'home-help', start: at('11:30') });
    const free = engine.appointments.freeSlots({ serviceIds: ['home-help', 'moving'], days: 2 });
    expect(free.map((entry) => `${entry.serviceId} ${entry.date}`)).toEqual(['home-help 2026-11-24', 'moving 2026-11-24', 'home-help 2026-11-25', 'moving 2026-11-25']);
    const homeHelpToday = free[0]!.slots.map((slot) => slot.start);
    expect(homeHelpToday[0]).toBe(at('12:00'));
    expect(homeHelpToday).not.toContain(at('11:30'));
    expect(() => engine.appointments.freeSlots({ serviceIds: ['information'], days: 1 })).toThrow(expect.objectContaining({ status: 400 }));
  });
});
