import { describe, expect, it } from 'vitest';
import { DayFigures, PlanView } from '@dintur/shared';
import { dayMeanWait, differenceWords, formatWait, idleDifferenceWords, pairUnits, progressPercent } from './forecast-model.js';
import { draftProblems, draftsOf, newStretch, planOf, refusedRows, samePlan } from './plan-draft.js';

// Answers as the server would give them, parsed by the shared schemas (so they stay in step with the contract).
const view = PlanView.parse({
  date: '2026-11-25',
  hours: { open: '09:00', close: '15:00' },
  planSource: 'history',
  bookings: 4,
  plan: {
    counters: [
      { counterId: 'bs-1', staffUnitId: 'borgerservice', from: '09:00', to: '15:00', breaks: [{ from: '12:00', to: '12:30' }] },
      { counterId: 'po-7', staffUnitId: 'pension-care', from: '09:00', to: '13:00', services: [{ serviceId: 'pension', weight: 2 }] },
    ],
  },
  history: {
    days: 6,
    from: '2026-10-14',
    to: '2026-11-18',
    services: [],
    hourlyShares: [],
    noShowShare: { value: 0.1, samples: 40, source: 'history' },
    transferShare: { value: 0.05, samples: 300, source: 'history' },
    checkInEarlyMinutes: { value: 5, samples: 40, source: 'history' },
    checkInEarlySdMinutes: { value: 3, samples: 40, source: 'history' },
    notes: [],
  },
});

const figures = (units: { unitId: string; hours: [string, number, number | null, number | null][] }[], idleMinutes: number | null = 100) =>
  DayFigures.parse({
    units: units.map((unit) => ({
      unitId: unit.unitId,
      mean: null,
      p90: null,
      hours: unit.hours.map(([hour, arrivals, mean, p90]) => ({ hour, arrivals, mean, p90 })),
    })),
    punctuality: { count: 4, shareWithin5: 0.75 },
    idleMinutes,
    counters: [],
  });

describe('the plan as the leader edits it', () => {
  it('sends back the usual plan unchanged, and sees an edit as a different plan', () => {
    const drafts = draftsOf(view.plan);
    expect(planOf(drafts)).toEqual(view.plan);
    expect(samePlan(planOf(drafts), view.plan)).toBe(true);
    const added = [...drafts, newStretch({ counterId: 'sc-9', staffUnitId: 'social', from: '10:00', to: '12:00' })];
    expect(samePlan(planOf(added), view.plan)).toBe(false);
    expect(planOf(added).counters[2]).toEqual({ counterId: 'sc-9', staffUnitId: 'social', from: '10:00', to: '12:00', breaks: [] });
  });

  it('says in Danish what is wrong with a row before sending: order of times, overlap, breaks, no services', () => {
    const [first, second] = draftsOf(view.plan) as [ReturnType<typeof draftsOf>[number], ReturnType<typeof draftsOf>[number]];
    const overlapping = newStretch({ counterId: 'bs-1', staffUnitId: 'borgerservice', from: '14:00', to: '16:00' });
    const backwards = { ...second, from: '12:00', to: '11:00', services: [] };
    const badBreak = { ...first, breaks: [{ from: '08:00', to: '08:30' }] };
    const problems = draftProblems([badBreak, backwards, overlapping], view.hours);
    expect(problems.get(badBreak.key)).toEqual({ breaks: 'En pause skal ligge inden for skrankens tid.' });
    expect(problems.get(backwards.key)).toEqual({ to: '"Til" skal være efter "Fra".', services: 'Skranken skal kalde mindst én ydelse.' });
    expect(problems.get(overlapping.key)?.stretch).toContain('Overlapper samme skranke 09:00–15:00');
    expect(draftProblems(draftsOf(view.plan), view.hours).size).toBe(0);
  });

  it('puts the server’s refusal at the row concerned, the unit rule in the counter profile’s words', () => {
    const drafts = draftsOf(view.plan);
    const { rows, general } = refusedRows(
      [
        { path: 'body.plan.counters.1.services', message: 'pension-care staff may not…' },
        { path: 'body.plan.counters.0.from', message: 'bad' },
        { path: 'body.date', message: 'bad date' },
      ],
      drafts,
      (draft) => (draft.counterId === 'po-7' ? 'Medarbejdere i Borgerservice får aldrig: Pension (kun medarbejdere i Pension og Omsorg)' : null),
    );
    expect(rows.get(drafts[1]!.key)).toEqual({ services: 'Afvist efter enhedsreglen: Medarbejdere i Borgerservice får aldrig: Pension (kun medarbejdere i Pension og Omsorg).' });
    expect(rows.get(drafts[0]!.key)).toEqual({ from: 'Serveren afviste tiden "Fra".' });
    expect(general).toEqual(['Datoen er ikke gyldig. Vælg en anden dag.']);
  });
});

describe('forecasts side by side', () => {
  const usual = figures([{ unitId: 'social', hours: [['10:00', 6, 24, 41], ['11:00', 5, 12.26, 20]] }], 120);
  const yours = figures([{ unitId: 'social', hours: [['10:00', 6, 9.5, 18], ['11:00', 5, 12.4, null], ['12:00', 2, 3, 5]] }], 180);

  it('pairs every hour of every unit and says the difference in words', () => {
    const [social] = pairUnits(usual, yours);
    expect(social?.hours.map((hour) => hour.hour)).toEqual(['10:00', '11:00', '12:00']);
    expect(differenceWords(social!.hours[0]!.first!.mean, social!.hours[0]!.second!.mean)).toBe('15 min kortere (bedre)');
    expect(differenceWords(12.26, 12.4)).toBe('uændret');
    expect(differenceWords(3, 7.25)).toBe('4,3 min længere (værre)');
    expect(differenceWords(null, 3)).toBe('ingen data');
    expect(social!.hours[2]!.first).toBeNull();
    expect(idleDifferenceWords(120, 180)).toBe('60 min mere');
  });

  it('weights the day’s mean by arrivals and never turns a missing figure into 0', () => {
    const day = DayFigures.parse({ ...usual, units: [{ unitId: 'a', mean: 10, p90: 20, hours: [{ hour: '09:00', arrivals: 3, mean: 10, p90: 20 }] }, { unitId: 'b', mean: 2, p90: 4, hours: [{ hour: '09:00', arrivals: 1, mean: 2, p90: 4 }] }] });
    expect(dayMeanWait(day)).toBe(8);
    expect(dayMeanWait(figures([]))).toBeNull();
    expect(formatWait(null)).toBe('ingen data');
    expect(formatWait(3.04)).toBe('3 min');
  });

  it('shows progress as a percentage, 0 until the total is known', () => {
    expect(progressPercent(null)).toBe(0);
    expect(progressPercent({ running: true, done: 0, total: 0 })).toBe(0);
    expect(progressPercent({ running: true, done: 30, total: 40 })).toBe(75);
  });
});
