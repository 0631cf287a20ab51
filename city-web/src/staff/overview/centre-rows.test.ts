import { describe, expect, it } from 'vitest';
import type { CityCentre, CityWaits } from '@dintur/shared';
import { centreRows, silentCentres } from './centre-rows.js';

const centre = (id: string, name: string, fields: Partial<CityCentre> = {}): CityCentre => ({
  id,
  name,
  linked: true,
  lastEventId: 0,
  lastEventAt: null,
  lastSeenAt: '2026-11-24T09:00:00Z',
  lagSeconds: 0.4,
  silent: false,
  createdAt: '2026-11-01T09:00:00Z',
  ...fields,
});

describe('the overview of centres', () => {
  it('puts silent centres first, then unlinked ones, then the rest by name, with their live queues', () => {
    const waits: CityWaits = {
      serverTime: '2026-11-24T09:00:05Z',
      centres: [
        {
          id: 'valby',
          name: 'Valby',
          updatedAt: '2026-11-24T09:00:00Z',
          linked: true,
          openNow: true,
          services: [
            { id: 'passport', name: { da: 'Pas', en: 'Passport' }, waiting: 4, estimatedWaitMinutes: 10, open: true },
            { id: 'moving', name: { da: 'Flytning', en: 'Moving' }, waiting: 3, estimatedWaitMinutes: 5, open: true },
          ],
        },
        { id: 'amager', name: 'Amager', updatedAt: null, linked: false, openNow: false, services: [] },
      ],
    };
    const rows = centreRows(
      [centre('valby', 'Borgercenter Valby'), centre('amager', 'Borgercenter Amager', { linked: false }), centre('norrebro', 'Borgercenter Nørrebro', { linked: false, silent: true })],
      waits,
    );
    expect(rows.map((row) => [row.id, row.openNow, row.waiting])).toEqual([
      ['norrebro', null, null],
      ['amager', null, null],
      ['valby', true, 7],
    ]);
    expect(silentCentres(rows).map((row) => row.id)).toEqual(['norrebro']);
  });
});
