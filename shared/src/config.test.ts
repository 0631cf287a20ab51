import { describe, expect, it } from 'vitest';
import { CentreConfig } from './config.js';

const minimal = {
  centre: { id: 'test', name: 'Test', timeZone: 'Europe/Copenhagen' },
  units: [{ id: 'unit', name: { da: 'Enhed', en: 'Unit' } }],
  services: [{ id: 'svc', unitId: 'unit', prefix: 'A', name: { da: 'Ydelse', en: 'Service' }, authority: 'information' }],
  counters: [{ id: 'c1', unitId: 'unit', name: 'Skranke 1', services: [{ serviceId: 'svc' }] }],
  hours: {
    weekly: { monday: null, tuesday: null, wednesday: null, thursday: null, friday: null, saturday: null, sunday: null },
  },
};

describe('the centre configuration', () => {
  it('fills in defaults', () => {
    const config = CentreConfig.parse(minimal);
    expect(config.hours).toMatchObject({ lastTicketMinutesBeforeClose: 15, dailyResetTime: '03:00', closedDates: [] });
    expect(config.counters[0]?.services[0]?.weight).toBe(1);
    expect(config.services[0]?.selfServiceUrl).toBeNull();
  });

  it('lists every bad field, cross-references included', () => {
    const result = CentreConfig.safeParse({
      ...minimal,
      centre: { ...minimal.centre, timeZone: 'Mars/Olympus' },
      services: [...minimal.services, { ...minimal.services[0], prefix: 'a1', unitId: 'nowhere' }],
      counters: [{ ...minimal.counters[0], services: [{ serviceId: 'ghost' }] }],
      hours: { ...minimal.hours, weekly: { ...minimal.hours.weekly, monday: { open: '18:00', close: '10:00' } } },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(
      [
        'centre.timeZone',
        'counters.0.services.0.serviceId',
        'hours.weekly.monday.close',
        'services.1.id',
        'services.1.prefix',
        'services.1.unitId',
      ].sort(),
    );
  });
});
