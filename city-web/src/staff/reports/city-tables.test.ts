import { describe, expect, it } from 'vitest';
import type { CityStatsReport, StatsFigures } from '@dintur/shared';
import { comparisonTable, displayCell, evaluationTable, tableCsv } from './city-tables.js';

const figures = (issued: number, served: number, resolved: number, waitMedian: number | null): StatsFigures => ({
  issued,
  transferredIn: 0,
  transferredOut: 0,
  served,
  noShows: issued - served,
  cancelled: 0,
  unfinished: 0,
  waits: { count: issued, mean: waitMedian, median: waitMedian, p90: waitMedian, max: waitMedian, withinTarget: served, withinTargetShare: issued ? served / issued : null },
  serviceTimes: { count: served, mean: 8, median: 8, p90: 12.25, max: 15 },
  outcomes: { resolved, referred: served - resolved, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 },
  firstContactResolution: served ? resolved / served : null,
});

const report: CityStatsReport = {
  from: '2026-11-01',
  to: '2026-11-30',
  generatedAt: '2026-11-30T20:00:00Z',
  firstContactGoal: 0.8,
  total: figures(30, 25, 21, 9.5),
  byCentre: [
    { ...figures(20, 17, 13, 12.25), centreId: 'valby', name: 'Borgercenter Valby', waitTargetMinutes: 20, lastEventAt: '2026-11-30T16:59:00Z' },
    { ...figures(10, 8, 8, 4), centreId: 'amager', name: '=Amager', waitTargetMinutes: 15, lastEventAt: null },
    { ...figures(0, 0, 0, null), centreId: 'osterbro', name: 'Borgerservice Østerbro', waitTargetMinutes: 20, lastEventAt: null },
  ],
  evaluation: [
    {
      centreId: 'valby',
      month: '2026-11',
      ticketsByChannel: { kiosk: 15, web: 3, appointment: 2, unknown: 0 },
      kioskSelfService: 4,
      kioskTicketAnyway: 1,
      appointments: 2,
      walkIns: 18,
      served: 17,
      resolved: 13,
      firstContactResolution: 13 / 17,
      waits: 18,
      waitsWithinTarget: 15,
      withinTargetShare: 15 / 18,
    },
  ],
};

describe('the city’s report tables', () => {
  it('put the whole city first, then each centre, with first contact measured against the goal', () => {
    const table = comparisonTable(report, 'november 2026');
    const column = (header: string) => table.columns.find((candidate) => candidate.header.startsWith(header))!;
    expect(table.rows.map((row) => row.name)).toEqual(['Hele byen', 'Borgercenter Valby', '=Amager', 'Borgerservice Østerbro']);
    expect(table.rows.map((row) => displayCell(column('Løst ved første kontakt'), row))).toEqual(['84\u00A0% (når målet)', '76\u00A0% (under målet)', '100\u00A0% (når målet)', '–']);
    expect(displayCell(column('Ventetid, median'), table.rows[1]!)).toBe('12,3');
    expect(table.rows.map((row) => displayCell(column('Data til og med'), row))).toEqual(['–', '30. nov. 17:59', 'ingen data', 'ingen data']);
  });

  it('write the same table to CSV for Danish Excel: shares as percentages, a decimal comma, no formula', () => {
    const lines = tableCsv(comparisonTable(report, 'november 2026')).slice(1).split('\r\n');
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Center', 'Numre taget', 'Betjent', 'Udeblevet']);
    expect(lines[1]).toBe('Hele byen;30;25;5;9,5;9,5;;83,3;8;12,25;84;');
    expect(lines[3]!.startsWith("'=Amager;10;8;2;4;4;15;80;")).toBe(true);
  });

  it('name the evaluation’s groups in the CSV header, and its centres and months in words', () => {
    const table = evaluationTable(report, 'november 2026');
    expect(table.columns.filter((column) => column.rowHeader).map((column) => displayCell(column, table.rows[0]!))).toEqual(['Borgercenter Valby', 'november 2026']);
    const [header, row] = tableCsv(table).slice(1).split('\r\n');
    expect(header).toBe(
      'Center;Måned;Numre efter kanal: Kiosk;Numre efter kanal: Web;Numre efter kanal: Tidsbestilling;Numre efter kanal: Ukendt kanal;' +
        'Kioskens tilbud om selvbetjening: Valgte selvbetjening;Kioskens tilbud om selvbetjening: Tog nummer alligevel;' +
        'Besøg: Med tid;Besøg: Uden tid;Besøg: Betjent;Første kontakt: Løst;Første kontakt: Andel;Ventetid: Ventetider;Ventetid: Inden for mål;Ventetid: Andel',
    );
    expect(row).toBe('Borgercenter Valby;november 2026;15;3;2;0;4;1;2;18;17;13;76,5;18;15;83,3');
  });
});
