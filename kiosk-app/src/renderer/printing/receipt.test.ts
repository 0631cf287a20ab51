import { describe, expect, it } from 'vitest';
import { sayWait, type Centre, type Ticket } from '@dintur/shared';
import { findLanguage } from '../i18n/languages.js';
import { buildReceipt, shortUrl, trackingUrlOf } from './receipt.js';

const centre = {
  id: 'valby',
  name: 'Borgercenter Valby',
  timeZone: 'Europe/Copenhagen',
  displayMessage: '',
  businessDay: '2026-11-24',
  units: [{ id: 'borgerservice', name: { da: 'Borgerservice', en: 'Citizen Service' }, dispensation: true }],
  services: [
    {
      id: 'moving',
      unitId: 'borgerservice',
      name: { da: 'Flytning og folkeregister', en: 'Moving and civil registration' },
      prefix: 'E',
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.borger.dk/bolig-og-flytning/flytning',
      open: true,
      closedByStaff: false,
      opensAt: null,
      waiting: 3,
      estimatedWaitMinutes: 12,
    },
  ],
  counters: [],
  today: { date: '2026-11-24', open: '00:00', close: '24:00', isOpen: true, issuingClosesAt: null, nextOpening: null },
} satisfies Centre;

const ticket = {
  id: 7,
  number: 'E4',
  serviceId: 'moving',
  status: 'waiting',
  issuedAt: '2026-11-24T12:05:00.000Z',
  counterId: null,
  calledAt: null,
  lang: 'da',
  position: 4,
  estimatedWaitMinutes: 12,
  trackingCode: 'k7m2p9q4r8st',
  trackingUrl: '/t/k7m2p9q4r8st',
} satisfies Ticket;

const trackingUrl = 'http://server:8080/t/k7m2p9q4r8st';
const build = (code: string, extra: { appointmentAt?: string } = {}) => buildReceipt({ ticket, centre, language: findLanguage(code)!, trackingUrl, ...extra });

describe('buildReceipt', () => {
  it('writes a Danish citizen’s receipt in Danish, with the time in the centre’s zone', () => {
    expect(build('da')).toEqual({
      lang: 'da',
      centreName: 'Borgercenter Valby',
      unitName: 'Borgerservice',
      number: 'E4',
      serviceName: 'Flytning og folkeregister',
      issuedAt: '24.11.2026 13:05',
      lines: ['3 personer før dig', 'Ventetid ca. 15 min'],
      trackingUrl,
      trackingHint: 'Følg din tur på mobilen',
      selfServiceHint: 'Kan også klares på nettet: borger.dk/bolig-og-flytning/flytning',
      appointmentLine: null,
    });
  });

  it('prints an Arabic or Urdu citizen’s receipt in English, with the English names', () => {
    for (const code of ['ar', 'ur']) {
      expect(build(code)).toMatchObject({
        lang: 'en',
        unitName: 'Citizen Service',
        serviceName: 'Moving and civil registration',
        lines: ['3 people before you', 'Wait about 15 min'],
        trackingHint: 'Follow your turn on your phone',
      });
    }
  });

  it('prints a Polish receipt in Polish (its code page has the letters), names in English', () => {
    expect(build('pl')).toMatchObject({ lang: 'pl', serviceName: 'Moving and civil registration', lines: ['Przed tobą 3 osoby', 'Czas oczekiwania: ok. 15 min'] });
  });

  it('prints a Somali receipt in Somali, the wait in the words the screen uses', () => {
    expect(build('so')).toMatchObject({ lang: 'so', lines: ['3 qof ayaa kaa horreeya', 'Waqtiga sugitaanka: qiyaastii 15 daqiiqo'], trackingHint: 'Nobadaada ka raac telefoonkaaga' });
  });

  it('prints the names the centre wrote in the language printed: Polish and Ukrainian in theirs, Arabic and Urdu in English', () => {
    const named = {
      ...centre,
      units: [{ ...centre.units[0]!, name: { da: 'Borgerservice', en: 'Citizen Service', pl: 'Obsługa mieszkańców', uk: 'Обслуговування громадян', ar: 'خدمة المواطنين' } }],
      services: [{ ...centre.services[0]!, name: { da: 'Flytning', en: 'Moving', pl: 'Przeprowadzka', uk: 'Переїзд', ar: 'تغيير السكن', ur: 'رہائش کی تبدیلی' } }],
    } satisfies Centre;
    const print = (code: string) => buildReceipt({ ticket, centre: named, language: findLanguage(code)!, trackingUrl });
    expect(print('pl')).toMatchObject({ unitName: 'Obsługa mieszkańców', serviceName: 'Przeprowadzka' });
    expect(print('uk')).toMatchObject({ unitName: 'Обслуговування громадян', serviceName: 'Переїзд' });
    expect(print('ar')).toMatchObject({ lang: 'en', unitName: 'Citizen Service', serviceName: 'Moving' });
    expect(print('ur')).toMatchObject({ lang: 'en', serviceName: 'Moving' });
    // No Turkish name written: the English one.
    expect(print('tr')).toMatchObject({ lang: 'tr', serviceName: 'Moving' });
  });

  it('prints the wait in the very words the screens show, for every language it prints in', () => {
    for (const code of ['da', 'en', 'pl', 'so', 'tr', 'uk']) {
      for (const estimatedWaitMinutes of [null, 0, 3, 12, 70]) {
        const receipt = buildReceipt({ ticket: { ...ticket, estimatedWaitMinutes }, centre, language: findLanguage(code)!, trackingUrl });
        const serviceName = receipt.serviceName;
        expect(receipt.lines[1], `${code} ${estimatedWaitMinutes}`).toBe(sayWait(estimatedWaitMinutes, { lang: code, serviceName }).sentence);
      }
    }
  });

  it('says when no counter for the service is open, instead of a number', () => {
    const noCounter = (code: string) => buildReceipt({ ticket: { ...ticket, estimatedWaitMinutes: null }, centre, language: findLanguage(code)!, trackingUrl }).lines;
    expect(noCounter('da')).toEqual(['3 personer før dig', 'Ingen skranke er åben for Flytning og folkeregister lige nu']);
    expect(noCounter('ar')).toEqual(['3 people before you', 'No counter is open for Moving and civil registration right now']);
  });

  it('shows the booked time of a checked-in appointment', () => {
    expect(build('da', { appointmentAt: '2026-11-24T09:30:00.000Z' }).appointmentLine).toBe('Din aftale: kl. 10:30');
  });

  it('refuses a tracking URL a QR code cannot carry as it is', () => {
    expect(() => buildReceipt({ ticket, centre, language: findLanguage('da')!, trackingUrl: 'http://sérver/t/x' })).toThrow();
  });
});

describe('trackingUrlOf and shortUrl', () => {
  it('puts the tracking page under the server, keeping a path prefix', () => {
    expect(trackingUrlOf('http://server:8080/', 'k7m2p9q4r8st')).toBe('http://server:8080/t/k7m2p9q4r8st');
    expect(trackingUrlOf('https://intra.example.dk/dintur/', 'abc123def456')).toBe('https://intra.example.dk/dintur/t/abc123def456');
  });

  it('shortens a self-service address for paper', () => {
    expect(shortUrl('https://www.mitid.dk/')).toBe('mitid.dk');
  });
});
