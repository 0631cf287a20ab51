import { weekdays, type StatsFigures, type StatsReport } from '@dintur/shared';

/** Test support: a report with nothing in it, for tests to fill in the figures they are about. */
export function emptyFigures(): StatsFigures {
  const summary = { count: 0, mean: null, median: null, p90: null, max: null };
  return {
    issued: 0,
    transferredIn: 0,
    transferredOut: 0,
    served: 0,
    noShows: 0,
    cancelled: 0,
    unfinished: 0,
    waits: { ...summary, withinTarget: 0, withinTargetShare: null },
    serviceTimes: summary,
    outcomes: { resolved: 0, referred: 0, 'needs-appointment': 0, 'self-service': 0, 'not-resolved': 0 },
    firstContactResolution: null,
  };
}

const times = { signedInMinutes: 0, pausedMinutes: 0, busyMinutes: 0, utilisation: null };

export function emptyReport(): StatsReport {
  const name = (da: string) => ({ da, en: da });
  const noEstimates = { count: 0, meanAbsoluteError: null, bias: null, underestimatedShare: null };
  return {
    from: '2026-11-24',
    to: '2026-11-24',
    timeZone: 'Europe/Copenhagen',
    generatedAt: '2026-11-24T15:00:00.000Z',
    filter: { unitId: null, serviceId: null },
    centreName: 'Borgercenter Valby',
    waitTargetMinutes: 15,
    units: [
      { id: 'borgerservice', name: name('Borgerservice') },
      { id: 'pension-care', name: name('Pension og Omsorg') },
    ],
    total: emptyFigures(),
    byUnit: [],
    byService: [
      { serviceId: 'passport', unitId: 'borgerservice', name: name('Pas'), ...emptyFigures() },
      { serviceId: 'pension', unitId: 'pension-care', name: name('Pension'), ...emptyFigures() },
    ],
    byWeekday: weekdays.map((weekday) => ({ weekday, ...emptyFigures() })),
    byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, ...emptyFigures() })),
    byDate: [{ date: '2026-11-24', ...emptyFigures() }],
    firstContact: {
      served: 0,
      resolved: 0,
      share: null,
      resolvedAfterTransfer: 0,
      goal: 0.8,
      uncomplicated: { served: 0, resolved: 0, share: null, resolvedAfterTransfer: 0 },
    },
    unitTransfers: [],
    serviceTransfers: [],
    channels: {
      ticketsByChannel: { kiosk: 0, web: 0, appointment: 0, unknown: 0 },
      kioskChoices: { selfService: 0, ticket: 0, selfServiceShare: null },
      kioskChoicesByService: [],
    },
    appointments: {
      bookedOnline: 0,
      bookedByAgent: 0,
      moved: 0,
      cancelledByCitizen: 0,
      cancelledByAgent: 0,
      checkedIn: 0,
      checkedInLate: 0,
      noShows: 0,
      keptShare: null,
      calledAfterBookedTime: { count: 0, mean: null, median: null, p90: null, max: null, min: null, onTime: 0, onTimeShare: null },
    },
    sms: { total: { sent: 0, failed: 0, limited: 0 }, byKind: [], noShowsReminded: 0, noShowsNotReminded: 0 },
    counters: { total: times, byCounter: [], byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, ...times })) },
    estimates: { total: noEstimates, byService: [] },
  };
}
