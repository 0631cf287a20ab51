import type { CentreConfigInput } from '@dintur/shared';
import { demoNames } from './demo-names.js';

const borger = 'borgerservice';
const pensionCare = 'pension-care';
const social = 'social-centre';
const daytime = { open: '08:00', close: '20:00' };
const appointmentHours = {
  monday: daytime,
  tuesday: daytime,
  wednesday: daytime,
  thursday: daytime,
  friday: daytime,
  saturday: daytime,
  sunday: daytime,
};

/**
 * The demo Valby centre: Borgerservice as the shared reception, the pension and care office
 * (P/O-kontor) and the social centre (socialcenter). Open around the clock so it can be tried
 * at any hour; `config/examples/valby-real-hours.json` has the real hours to import.
 * Self-service links point at the public portals where the matter can be done online.
 */
export const demoConfig = {
  centre: {
    id: 'valby',
    name: 'Borgercenter Valby',
    address: 'Valgårdsvej 4-8, 2500 Valby',
    timeZone: 'Europe/Copenhagen',
    displayMessage: 'Mange sager kan klares på borger.dk · Many matters can be done on borger.dk',
  },
  units: [
    { id: borger, name: demoNames[borger], dispensation: true },
    { id: pensionCare, name: demoNames[pensionCare], dispensation: false },
    // A social centre's matters are sensitive: an SMS about them names only the centre.
    { id: social, name: demoNames[social], dispensation: false, sensitive: true },
  ],
  services: [
    {
      id: 'passport',
      unitId: borger,
      prefix: 'A',
      name: demoNames.passport,
      authority: 'authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 12,
    },
    {
      id: 'passport-pickup',
      unitId: borger,
      prefix: 'B',
      name: demoNames['passport-pickup'],
      authority: 'simple-authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 3,
    },
    {
      id: 'driving-licence',
      unitId: borger,
      prefix: 'C',
      name: demoNames['driving-licence'],
      authority: 'authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 12,
    },
    {
      id: 'health-card',
      unitId: borger,
      prefix: 'D',
      name: demoNames['health-card'],
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.borger.dk/sundhed-og-sygdom/laege-og-sundhedskort',
      defaultServiceMinutes: 6,
    },
    {
      id: 'moving',
      unitId: borger,
      prefix: 'E',
      name: demoNames.moving,
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.borger.dk/bolig-og-flytning/flytning',
      defaultServiceMinutes: 7,
    },
    {
      id: 'mitid',
      unitId: borger,
      prefix: 'F',
      name: demoNames.mitid,
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.mitid.dk',
      defaultServiceMinutes: 10,
    },
    {
      id: 'information',
      unitId: borger,
      prefix: 'G',
      name: demoNames.information,
      authority: 'information',
      selfServiceUrl: 'https://www.borger.dk',
      defaultServiceMinutes: 4,
    },
    {
      id: 'pension',
      unitId: pensionCare,
      prefix: 'P',
      name: demoNames.pension,
      authority: 'authority',
      selfServiceUrl: 'https://www.borger.dk/pension-og-efterloen',
      defaultServiceMinutes: 15,
    },
    {
      id: 'housing-benefit',
      unitId: pensionCare,
      prefix: 'H',
      name: demoNames['housing-benefit'],
      authority: 'simple-authority',
      selfServiceUrl: 'https://www.borger.dk/bolig-og-flytning/boligstoette',
      defaultServiceMinutes: 10,
    },
    {
      id: 'home-help',
      unitId: pensionCare,
      prefix: 'J',
      name: demoNames['home-help'],
      authority: 'authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 15,
    },
    {
      id: 'social-counselling',
      unitId: social,
      prefix: 'S',
      name: demoNames['social-counselling'],
      authority: 'authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 20,
    },
    {
      id: 'financial-assistance',
      unitId: social,
      prefix: 'K',
      name: demoNames['financial-assistance'],
      authority: 'authority',
      selfServiceUrl: null,
      defaultServiceMinutes: 20,
    },
  ],
  counters: [
    {
      id: 'bs-1',
      unitId: borger,
      name: 'Skranke 1',
      services: [
        { serviceId: 'passport', weight: 2 },
        { serviceId: 'driving-licence', weight: 2 },
        { serviceId: 'passport-pickup', weight: 1 },
      ],
    },
    {
      id: 'bs-2',
      unitId: borger,
      name: 'Skranke 2',
      services: [
        { serviceId: 'passport', weight: 2 },
        { serviceId: 'driving-licence', weight: 2 },
        { serviceId: 'passport-pickup', weight: 1 },
      ],
    },
    {
      id: 'bs-3',
      unitId: borger,
      name: 'Skranke 3',
      services: [
        { serviceId: 'health-card', weight: 2 },
        { serviceId: 'moving', weight: 2 },
        { serviceId: 'mitid', weight: 1 },
        { serviceId: 'information', weight: 1 },
      ],
    },
    {
      id: 'bs-4',
      unitId: borger,
      name: 'Skranke 4',
      services: [
        { serviceId: 'mitid', weight: 2 },
        { serviceId: 'health-card', weight: 1 },
        { serviceId: 'moving', weight: 1 },
        { serviceId: 'passport-pickup', weight: 1 },
        { serviceId: 'information', weight: 1 },
      ],
    },
    {
      id: 'bs-5',
      unitId: borger,
      name: 'Skranke 5',
      services: [
        { serviceId: 'information', weight: 2 },
        { serviceId: 'housing-benefit', weight: 1 },
        { serviceId: 'moving', weight: 1 },
      ],
    },
    {
      id: 'bs-6',
      unitId: borger,
      name: 'Skranke 6',
      services: [
        { serviceId: 'information', weight: 1 },
        { serviceId: 'housing-benefit', weight: 1 },
        { serviceId: 'pension', weight: 1 },
      ],
    },
    {
      id: 'po-7',
      unitId: pensionCare,
      name: 'Skranke 7',
      services: [
        { serviceId: 'pension', weight: 2 },
        { serviceId: 'housing-benefit', weight: 1 },
        { serviceId: 'home-help', weight: 1 },
      ],
    },
    {
      id: 'po-8',
      unitId: pensionCare,
      name: 'Skranke 8',
      services: [
        { serviceId: 'home-help', weight: 2 },
        { serviceId: 'pension', weight: 1 },
        { serviceId: 'housing-benefit', weight: 1 },
      ],
    },
    {
      id: 'sc-9',
      unitId: social,
      name: 'Skranke 9',
      services: [
        { serviceId: 'social-counselling', weight: 1 },
        { serviceId: 'financial-assistance', weight: 1 },
      ],
    },
    {
      id: 'sc-10',
      unitId: social,
      name: 'Skranke 10',
      services: [
        { serviceId: 'financial-assistance', weight: 2 },
        { serviceId: 'social-counselling', weight: 1 },
        { serviceId: 'housing-benefit', weight: 1 },
      ],
    },
  ],
  hours: {
    weekly: {
      monday: { open: '00:00', close: '24:00' },
      tuesday: { open: '00:00', close: '24:00' },
      wednesday: { open: '00:00', close: '24:00' },
      thursday: { open: '00:00', close: '24:00' },
      friday: { open: '00:00', close: '24:00' },
      saturday: { open: '00:00', close: '24:00' },
      sunday: { open: '00:00', close: '24:00' },
    },
    closedDates: [],
    lastTicketMinutesBeforeClose: 0,
    dailyResetTime: '03:00',
  },
  // The reception's two ticket kiosks (their shells drive their own printers) and the waiting
  // room's wall display: listed so that the manager view notices one going silent.
  kiosks: [
    { id: 'reception-1', name: 'Reception, left kiosk', printer: null },
    { id: 'reception-2', name: 'Reception, right kiosk', printer: null },
  ],
  displays: [{ id: 'waiting-room', name: 'Waiting room display' }],
  // Bookable services in each unit, every day 08:00–20:00 (the demo's doors never close, but its
  // appointments keep daytime hours). No counter takes two services' appointments at once.
  appointments: {
    personalDataRetentionDays: 30,
    services: {
      passport: {
        lengthMinutes: 15,
        counterIds: ['bs-1', 'bs-2'],
        hours: appointmentHours,
        walkInShare: 0.5,
        bring: { da: 'Dit nuværende pas, hvis du har et, og billed-id, fx kørekort', en: 'Your current passport, if you have one, and photo ID, e.g. a driving licence' },
      },
      moving: { lengthMinutes: 10, counterIds: ['bs-3'], hours: appointmentHours, walkInShare: 0 },
      mitid: {
        lengthMinutes: 20,
        counterIds: ['bs-4'],
        hours: appointmentHours,
        walkInShare: 0,
        bring: { da: 'Dit pas eller kørekort, og din mobil', en: 'Your passport or driving licence, and your mobile phone' },
      },
      'housing-benefit': {
        lengthMinutes: 20,
        counterIds: ['po-7'],
        hours: appointmentHours,
        walkInShare: 0,
        bring: { da: 'Din lejekontrakt og husstandens seneste lønsedler', en: 'Your tenancy agreement and the household’s latest payslips' },
      },
      'home-help': { lengthMinutes: 30, counterIds: ['po-8'], hours: appointmentHours, walkInShare: 0 },
      'social-counselling': { lengthMinutes: 45, counterIds: ['sc-9'], hours: appointmentHours, walkInShare: 0 },
      'financial-assistance': { lengthMinutes: 30, counterIds: ['sc-10'], hours: appointmentHours, walkInShare: 0 },
    },
  },
} satisfies CentreConfigInput;
