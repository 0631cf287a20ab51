import { describe, expect, it } from 'vitest';
import type { CityEvaluationRow, CityStatsReport, StatsFigures } from '@dintur/shared';
import { channelsChart, channelTotals, firstContactByMonthCharts, firstContactChart, monthsOf, withinTargetChart } from './city-charts.js';

const figures = (served: number, resolved: number, waits: number, withinTarget: number): StatsFigures => ({
  issued: waits,
  transferredIn: 0,
  transferredOut: 0,
  served,
  noShows: waits - served,
  cancelled: 0,
  unfinished: 0,
  waits: { count: waits, mean: 9, median: 9, p90: 20, max: 25, withinTarget, withinTargetShare: waits ? withinTarget / waits : null },
  serviceTimes: { count: served, mean: 8, median: 8, p90: 12, max: 15 },
  outcomes: { resolved, referred: served - resolved, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 },
  firstContactResolution: served ? resolved / served : null,
});

const month = (centreId: string, monthOf: string, channels: CityEvaluationRow['ticketsByChannel'], served: number, resolved: number): CityEvaluationRow => {
  const tickets = channels.kiosk + channels.web + channels.appointment + channels.unknown;
  return {
    centreId,
    month: monthOf,
    ticketsByChannel: channels,
    kioskSelfService: 0,
    kioskTicketAnyway: 0,
    appointments: channels.appointment,
    walkIns: tickets - channels.appointment,
    served,
    resolved,
    firstContactResolution: served ? resolved / served : null,
    waits: tickets,
    waitsWithinTarget: tickets,
    withinTargetShare: tickets ? 1 : null,
  };
};

/** Valby under the goal, Nørrebro over it, Østerbro without visitors; October and November. */
function report(from = '2026-10-01', to = '2026-11-30'): CityStatsReport {
  return {
    from,
    to,
    generatedAt: '2026-11-30T20:00:00Z',
    firstContactGoal: 0.8,
    total: figures(11, 8, 12, 10),
    byCentre: [
      { ...figures(9, 6, 10, 8), centreId: 'valby', name: 'Borgercenter Valby', waitTargetMinutes: 20, lastEventAt: '2026-11-30T16:59:00Z' },
      { ...figures(2, 2, 2, 2), centreId: 'norrebro', name: 'Borgerservice Nørrebro', waitTargetMinutes: 15, lastEventAt: '2026-11-30T16:00:00Z' },
      { ...figures(0, 0, 0, 0), centreId: 'osterbro', name: 'Borgerservice Østerbro', waitTargetMinutes: 20, lastEventAt: null },
    ],
    evaluation: [
      month('valby', '2026-10', { kiosk: 3, web: 1, appointment: 0, unknown: 0 }, 4, 2),
      month('valby', '2026-11', { kiosk: 3, web: 1, appointment: 2, unknown: 0 }, 5, 4),
      month('norrebro', '2026-11', { kiosk: 2, web: 0, appointment: 0, unknown: 0 }, 2, 2),
    ],
  };
}

const spaced = (text: string) => text.replace(/\u00A0/g, ' ');

describe('the city’s charts', () => {
  it('say first contact of the city and each centre against the goal, and how many centres meet it', () => {
    const chart = firstContactChart(report());
    expect(spaced(chart.description)).toBe(
      'Målet er 80 %. Hele byen 73 %, under målet; Borgercenter Valby 67 %, under målet; Borgerservice Nørrebro 100 %, når målet; ' +
        'Borgerservice Østerbro: ingen betjente besøg. 1 af 2 centre når målet.',
    );
    expect(chart.rows.map((row) => [row.label, row.values?.share ?? null, spaced(row.note), row.emphasised])).toEqual([
      ['Hele byen', 8 / 11, '73 % (under målet)', true],
      ['Borgercenter Valby', 6 / 9, '67 % (under målet)', false],
      ['Borgerservice Nørrebro', 1, '100 % (når målet)', false],
      ['Borgerservice Østerbro', null, 'ingen betjente besøg', false],
    ]);
    expect(chart.goal).toEqual({ share: 0.8, label: 'Mål 80\u00A0%' });
  });

  it('say the share of waits within each centre’s own target', () => {
    const chart = withinTargetChart(report());
    expect(spaced(chart.description)).toBe(
      'Andelen af ventetiderne, der var inden for centrets eget ventemål. Hele byen 83 %; Borgercenter Valby 80 % inden for 20 min.; ' +
        'Borgerservice Nørrebro 100 % inden for 15 min.; Borgerservice Østerbro: ingen ventetider.',
    );
    expect(chart.goal).toBeUndefined();
  });

  it('add up each centre’s numbers by channel over the months, and say each channel used with its count and share', () => {
    expect(channelTotals(report()).get('valby')).toEqual({ kiosk: 6, web: 2, appointment: 2, unknown: 0 });
    const chart = channelsChart(report());
    expect(spaced(chart.description)).toBe(
      'Hvordan numrene blev taget, som andel af centrets numre. ' +
        'Borgercenter Valby: 10 numre, kiosk 6 (60 %), web 2 (20 %), tidsbestilling 2 (20 %). ' +
        'Borgerservice Nørrebro: 2 numre, kiosk 2 (100 %). Borgerservice Østerbro: ingen numre.',
    );
    expect(chart.rows[0]!.values).toEqual({ kiosk: 0.6, web: 0.2, appointment: 0.2, unknown: 0 });
    expect(chart.rows[2]!.values).toBeNull();
    // Every channel has a pattern of its own, not only a colour.
    expect(new Set(chart.series.map((series) => series.pattern)).size).toBe(4);
    expect(chart.series.map((series) => series.label)).toEqual(['Kiosk', 'Web', 'Tidsbestilling', 'Ukendt kanal']);
  });

  it('show first contact month by month, a chart per centre, only when the period spans several months', () => {
    expect(firstContactByMonthCharts(report('2026-11-01', '2026-11-30'))).toBeNull();
    const charts = firstContactByMonthCharts(report())!;
    expect(charts.map((chart) => [chart.id, chart.title, chart.caption])).toEqual([
      ['first-contact-by-month-valby', 'Løst ved første kontakt pr. måned: Borgercenter Valby', 'Borgercenter Valby'],
      ['first-contact-by-month-norrebro', 'Løst ved første kontakt pr. måned: Borgerservice Nørrebro', 'Borgerservice Nørrebro'],
      ['first-contact-by-month-osterbro', 'Løst ved første kontakt pr. måned: Borgerservice Østerbro', 'Borgerservice Østerbro'],
    ]);
    expect(charts.map((chart) => spaced(chart.description))).toEqual([
      'Målet er 80 %. I oktober 2026 50 %, under målet; i november 2026 80 %, når målet.',
      'Målet er 80 %. I oktober 2026 ingen betjente besøg; i november 2026 100 %, når målet.',
      'Ingen data i perioden.',
    ]);
    expect(charts[0]!.rows.map((row) => [row.label, spaced(row.note)])).toEqual([
      ['oktober 2026', '50 % (under målet)'],
      ['november 2026', '80 % (når målet)'],
    ]);
  });

  it('say there is nothing when no centre had visitors', () => {
    const empty = report();
    empty.total = figures(0, 0, 0, 0);
    empty.byCentre = empty.byCentre.map((centre) => ({ ...centre, ...figures(0, 0, 0, 0) }));
    empty.evaluation = [];
    for (const chart of [firstContactChart(empty), withinTargetChart(empty), channelsChart(empty), ...firstContactByMonthCharts(empty)!]) {
      expect(chart.description).toBe('Ingen data i perioden.');
    }
  });

  it('list the months a period touches, across a new year', () => {
    expect(monthsOf('2026-11-24', '2026-11-24')).toEqual(['2026-11']);
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
