import { describe, expect, it } from 'vitest';
import { neverGivenAt, unitNeverGets, youNeverGet } from './never-given.js';

const centre = {
  units: [
    { id: 'borgerservice', name: { da: 'Borgerservice' }, dispensation: true },
    { id: 'pension-care', name: { da: 'Pension og Omsorg' }, dispensation: false },
    { id: 'social-centre', name: { da: 'Socialcenter' }, dispensation: false },
  ],
  services: [
    { id: 'information', unitId: 'borgerservice', authority: 'information', name: { da: 'Generel information' } },
    { id: 'housing-benefit', unitId: 'pension-care', authority: 'simple-authority', name: { da: 'Boligstøtte' } },
    { id: 'pension', unitId: 'pension-care', authority: 'authority', name: { da: 'Pension' } },
  ],
} as const;
const skranke6 = ['information', 'housing-benefit', 'pension'];

describe('what a person will never be given at a counter', () => {
  it('tells Borgerservice’s staff at Skranke 6 that Pension is P/O’s alone', () => {
    expect(youNeverGet(neverGivenAt(skranke6, 'borgerservice', centre))).toBe('Du får aldrig: Pension (kun medarbejdere i Pension og Omsorg)');
  });

  it('names every unit that may serve a simple authority service, and nothing for the owning unit', () => {
    expect(unitNeverGets('Socialcenter', neverGivenAt(skranke6, 'social-centre', centre))).toBe(
      'Medarbejdere i Socialcenter får aldrig: Boligstøtte (kun medarbejdere i Pension og Omsorg eller Borgerservice), Pension (kun medarbejdere i Pension og Omsorg)',
    );
    expect(neverGivenAt(skranke6, 'pension-care', centre)).toEqual([]);
  });

  it('names the services only the same units may serve together', () => {
    const withHomeHelp = { ...centre, services: [...centre.services, { id: 'home-help', unitId: 'pension-care', authority: 'authority', name: { da: 'Hjemmehjælp' } } as const] };
    expect(youNeverGet(neverGivenAt(['pension', 'housing-benefit', 'home-help'], 'social-centre', withHomeHelp))).toBe(
      'Du får aldrig: Pension og Hjemmehjælp (kun medarbejdere i Pension og Omsorg), Boligstøtte (kun medarbejdere i Pension og Omsorg eller Borgerservice)',
    );
  });
});
