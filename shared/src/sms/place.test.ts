import { describe, expect, it } from 'vitest';
import { internationalPhone } from '../appointments.js';
import { isSensitiveService, placeOf, waitingPlaceOf } from './place.js';

const config = {
  centre: { id: 'valby', name: 'Borgercenter Valby', timeZone: 'Europe/Copenhagen', displayMessage: '' },
  units: [
    { id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true },
    { id: 'social', name: { da: 'Socialcenter', en: 'Social Centre' }, dispensation: false, sensitive: true },
  ],
  services: [
    { id: 'passport', unitId: 'borgerservice', name: { da: 'Pas', en: 'Passport' } },
    { id: 'debt', unitId: 'borgerservice', name: { da: 'Gældsrådgivning', en: 'Debt advice' }, sensitive: true },
    { id: 'money', unitId: 'social', name: { da: 'Økonomisk hjælp', en: 'Financial assistance' } },
    { id: 'open-desk', unitId: 'social', name: { da: 'Åben rådgivning', en: 'Open desk' }, sensitive: false },
  ],
} as unknown as Parameters<typeof placeOf>[0];

describe('where a message says to go', () => {
  it('names the service and the centre, in Danish or English', () => {
    expect(placeOf(config, 'passport', 'da')).toBe('Pas, Borgercenter Valby');
    expect(placeOf(config, 'passport', 'pl')).toBe('Passport, Borgercenter Valby');
    expect(waitingPlaceOf(config, 'passport', 'da')).toBe('Borgerservice');
  });

  it('names the service in the SMS’s language where the centre has written it, English for Arabic and Urdu', () => {
    const named = {
      ...config,
      services: [{ id: 'passport', unitId: 'borgerservice', name: { da: 'Pas', en: 'Passport', pl: 'Paszport', uk: 'Паспорт', ar: 'جواز السفر', ur: 'پاسپورٹ' } }],
      units: [{ id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service', pl: 'Obsługa mieszkańców', ar: 'خدمة المواطنين' }, dispensation: true }],
    } as unknown as Parameters<typeof placeOf>[0];
    expect(placeOf(named, 'passport', 'pl')).toBe('Paszport, Borgercenter Valby');
    expect(placeOf(named, 'passport', 'uk')).toBe('Паспорт, Borgercenter Valby');
    expect(placeOf(named, 'passport', 'ar')).toBe('Passport, Borgercenter Valby');
    expect(placeOf(named, 'passport', 'ur')).toBe('Passport, Borgercenter Valby');
    expect(waitingPlaceOf(named, 'passport', 'pl')).toBe('Obsługa mieszkańców');
    expect(waitingPlaceOf(named, 'passport', 'ar')).toBe('Citizen Service');
  });

  it('names only the centre for a sensitive service: its own setting, else its unit’s', () => {
    expect(isSensitiveService(config, 'money')).toBe(true);
    expect(isSensitiveService(config, 'debt')).toBe(true);
    expect(isSensitiveService(config, 'open-desk')).toBe(false);
    for (const lang of ['da', 'en']) {
      expect(placeOf(config, 'money', lang)).toBe('Borgercenter Valby');
      expect(placeOf(config, 'debt', lang)).toBe('Borgercenter Valby');
      expect(waitingPlaceOf(config, 'money', lang)).toBe('Borgercenter Valby');
    }
    // A service no longer configured could be anything: only the centre.
    expect(placeOf(config, 'gone', 'da')).toBe('Borgercenter Valby');
  });
});

describe('a phone number for the gateway', () => {
  it('is international: 8 digits are Danish, + and 00 keep their country', () => {
    expect(internationalPhone('40 11 22 33')).toBe('+4540112233');
    expect(internationalPhone('+45 40 11 22 33')).toBe('+4540112233');
    expect(internationalPhone('0045 40112233')).toBe('+4540112233');
    expect(internationalPhone('+48 601-234-567')).toBe('+48601234567');
    expect(internationalPhone('0046 70 123 45 67')).toBe('+46701234567');
  });

  it('is null when it cannot be one', () => {
    for (const raw of ['1234567', '123456789', '+0 1234 5678', 'abc12345678', '+1234567890123456', '']) expect(internationalPhone(raw), raw).toBeNull();
  });
});
