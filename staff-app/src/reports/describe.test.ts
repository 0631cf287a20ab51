import { describe, expect, it } from 'vitest';
import { StatsReport, type StatsFigures } from '@dintur/shared';
import { activeHours, describeArrivals, describeCounters, describeKioskChoices, describeOutcomes, describeTransfers, describeWaitsByHour } from './describe.js';
import { emptyReport } from './test-report.js';

/** A morning: 4 numbers at 10, 9 at 11 (median wait 18, p90 31), 2 at 12; a counter staffed 9–13. */
function morning(): StatsReport {
  const report = emptyReport();
  const hour = (index: number, figures: Partial<StatsFigures>) => Object.assign(report.byHour[index]!, figures);
  hour(10, { issued: 4, waits: { count: 4, mean: 6, median: 5, p90: 9, max: 10, withinTarget: 4, withinTargetShare: 1 } });
  hour(11, { issued: 9, waits: { count: 9, mean: 19, median: 18, p90: 31, max: 40, withinTarget: 3, withinTargetShare: 1 / 3 } });
  hour(12, { issued: 2, waits: { count: 2, mean: 3, median: 3, p90: 4, max: 4, withinTarget: 2, withinTargetShare: 1 } });
  for (const index of [9, 10, 11, 12]) report.counters.byHour[index] = { hour: index, signedInMinutes: 60, pausedMinutes: 0, busyMinutes: index === 11 ? 55 : 20, utilisation: null };
  report.counters.total = { signedInMinutes: 240, pausedMinutes: 0, busyMinutes: 115, utilisation: 115 / 240 };
  report.total.issued = 15;
  return StatsReport.parse(report);
}

describe('the charts in words', () => {
  it('shows the hours from the first to the last with visitors or a staffed counter', () => {
    expect(activeHours(morning()).map((row) => row.hour)).toEqual([9, 10, 11, 12]);
    expect(activeHours(emptyReport())).toEqual([]);
  });

  it('names the total and the busiest hour, and the hour with the longest wait against the target', () => {
    const report = morning();
    expect(describeArrivals(report)).toBe('I alt 15 numre. Flest kl. 11–12: 9.');
    expect(describeWaitsByHour(report)).toBe('Længst median ventetid kl. 11–12: 18\u00A0min (90 % ventede højst 31\u00A0min). Én time med median over målet på 15 min.');
    expect(describeCounters(report)).toBe('Skrankerne var bemandet 4 timer og optaget med borgere 1,9 timer (48\u00A0%). Travlest kl. 11–12: 0,9 timer optaget.');
  });

  it('says the outcomes, the kiosk choices and the transfers', () => {
    const report = emptyReport();
    report.total.served = 10;
    report.total.outcomes = { resolved: 7, referred: 1, 'needs-appointment': 0, 'self-service': 2, 'not-resolved': 0 };
    report.firstContact = { served: 10, resolved: 7, share: 0.7, resolvedAfterTransfer: 1, goal: 0.8, uncomplicated: { served: 8, resolved: 6, share: 0.75, resolvedAfterTransfer: 0 } };
    expect(describeOutcomes(report)).toBe(
      '10 betjente besøg: løst 70\u00A0%, henvist til anden enhed 10\u00A0%, vist til selvbetjening 20\u00A0%. Løst ved første kontakt: 70\u00A0%; ukomplicerede sager 75\u00A0% mod målet på 80\u00A0%.',
    );
    report.channels.kioskChoices = { selfService: 3, ticket: 9, selfServiceShare: 0.25 };
    report.channels.kioskChoicesByService = [{ serviceId: 'pension', name: { da: 'Pension', en: 'Pension' }, selfService: 3, ticket: 9, selfServiceShare: 0.25 }];
    expect(describeKioskChoices(report)).toBe('Af 12 borgere, der fik tilbudt selvbetjening ved kiosken, valgte 3 (25\u00A0%) den frem for et nummer. Flest for Pension: 3.');
    report.unitTransfers = [{ from: 'borgerservice', to: 'pension-care', count: 4 }, { from: 'pension-care', to: 'borgerservice', count: 1 }];
    expect(describeTransfers(report)).toBe('5 omstillinger. Flest fra Borgerservice til Pension og Omsorg: 4.');
  });

  it('says there is nothing when there is nothing', () => {
    const report = emptyReport();
    for (const describe of [describeArrivals, describeWaitsByHour, describeOutcomes, describeKioskChoices, describeTransfers, describeCounters]) {
      expect(describe(report)).toBe('Ingen data i perioden.');
    }
  });
});
