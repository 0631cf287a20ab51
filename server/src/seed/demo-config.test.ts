import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CentreConfig } from '@dintur/shared';
import { demoConfig } from './demo-config.js';

const example = JSON.parse(readFileSync(new URL('../../../config/examples/valby-real-hours.json', import.meta.url), 'utf8'));

describe('the shipped configurations', () => {
  it('seed a demo Valby centre of three units, open around the clock', () => {
    const config = CentreConfig.parse(demoConfig);
    expect(config.units.map((unit) => unit.id)).toEqual(['borgerservice', 'pension-care', 'social-centre']);
    expect(config.counters.length).toBeGreaterThanOrEqual(10);
    const unitsServed = (counterId: string) => {
      const counter = config.counters.find((candidate) => candidate.id === counterId)!;
      return new Set(counter.services.map((entry) => config.services.find((service) => service.id === entry.serviceId)!.unitId));
    };
    expect(config.counters.some((counter) => unitsServed(counter.id).size >= 2)).toBe(true);
    expect(Object.values(config.hours.weekly).every((day) => day?.open === '00:00' && day.close === '24:00')).toBe(true);
  });

  it('include the real Valby hours as an importable example: weekdays 10–18', () => {
    const config = CentreConfig.parse(example);
    expect(config.services).toEqual(CentreConfig.parse(demoConfig).services);
    expect(config.hours.weekly.monday).toEqual({ open: '10:00', close: '18:00' });
    expect(config.hours.weekly.saturday).toBeNull();
  });
});
