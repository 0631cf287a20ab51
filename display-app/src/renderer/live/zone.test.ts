import type { Centre } from '@dintur/shared';
import { describe, expect, it } from 'vitest';
import { isInZone, servicesInZone } from './zone.js';

const counters = [
  { id: 'bs-1', unitId: 'borgerservice', services: ['passport'] },
  { id: 'po-7', unitId: 'pension-care', services: ['pension', 'housing-benefit'] },
];
const centre = {
  counters,
  services: [
    { id: 'passport', unitId: 'borgerservice' },
    { id: 'pension', unitId: 'pension-care' },
    { id: 'housing-benefit', unitId: 'pension-care' },
    { id: 'social-counselling', unitId: 'social-centre' },
  ],
} as unknown as Centre;

describe('zones', () => {
  it('takes every call when no zone is set', () => {
    expect(isInZone({ unitIds: [], counterIds: [] }, 'anything', null)).toBe(true);
  });

  it('takes the calls of its units or its counters', () => {
    const zone = { unitIds: ['pension-care'], counterIds: ['bs-1'] };
    expect(isInZone(zone, 'po-7', centre)).toBe(true);
    expect(isInZone(zone, 'bs-1', centre)).toBe(true);
    expect(isInZone({ unitIds: ['pension-care'], counterIds: [] }, 'bs-1', centre)).toBe(false);
  });

  it('does not guess the unit of a counter it does not know', () => {
    expect(isInZone({ unitIds: ['pension-care'], counterIds: [] }, 'po-7', null)).toBe(false);
    expect(isInZone({ unitIds: ['pension-care'], counterIds: [] }, 'po-99', centre)).toBe(false);
  });

  it('shows the queues of the services its counters and units serve', () => {
    expect(servicesInZone({ unitIds: [], counterIds: ['po-7'] }, centre).map((service) => service.id)).toEqual(['pension', 'housing-benefit']);
    expect(servicesInZone({ unitIds: ['borgerservice'], counterIds: [] }, centre).map((service) => service.id)).toEqual(['passport']);
  });
});
