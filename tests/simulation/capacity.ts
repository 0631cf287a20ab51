import { indexCentre, mayServe } from '@dintur/server';
import { type DayMetrics, type Scenario, minuteOf } from '@dintur/server/simulation';
import type { CapacityAdvice } from './evaluate.js';
import { runReplications } from './replications.js';

/** The share of a class's checked-in appointments the centre aims to start within 5 minutes. */
export const classOnTimeAim = 0.95;

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const ordinal = (count: number) => `${count}${count === 1 ? 'st' : count === 2 ? 'nd' : count === 3 ? 'rd' : 'th'}`;

/** The share of appointments within 5 minutes, pooled over days. */
function onTimeShare(days: readonly DayMetrics[], serviceId: string): { share: number; count: number } {
  const appointments = days.flatMap((day) => day.appointments.filter((appointment) => appointment.serviceId === serviceId));
  return { share: appointments.filter((appointment) => appointment.lateness <= 5).length / appointments.length, count: appointments.length };
}

/** The scenario with `count` more counters for the service alone, staffed by its unit from `from` to `to` (minutes). */
export function withExtraCounters(scenario: Scenario, serviceId: string, from: number, to: number, count = 1): Scenario {
  const unitId = indexCentre(scenario.centre).service(serviceId).unitId;
  const ids = Array.from({ length: count }, (_, index) => `extra-${index + 1}-${serviceId}`);
  return {
    ...scenario,
    centre: {
      ...scenario.centre,
      counters: [...scenario.centre.counters, ...ids.map((id) => ({ id, unitId, name: `Extra counter ${id}`, services: [{ serviceId, weight: 1 }] }))],
    },
    counters: [...scenario.counters, ...ids.map((counterId) => ({ counterId, staffUnitId: unitId, breaks: [], shift: { from: clock(from), to: clock(to) } }))],
  };
}

/**
 * Where capacity, not routing, keeps booked citizens waiting. For each class whose checked-in
 * appointments start within 5 minutes less often than {@link classOnTimeAim} under the engine
 * (the fair baseline, with the same appointment rules, does no better: routing among walk-ins
 * is not the cause), one more counter for the class is simulated on the same seeds and
 * citizens: all day first (if that falls short, nothing shorter will do), then in the opening
 * hour with the most late appointments, widened an hour at a time towards the neighbouring hour
 * with more. The answer is the first window that reaches the aim, with the share it reached —
 * computed, not estimated by hand.
 */
export async function capacityAdvice(
  scenario: Scenario,
  seeds: readonly number[],
  engineDays: readonly DayMetrics[],
  onProgress?: (done: number, total: number) => void,
): Promise<CapacityAdvice[]> {
  const index = indexCentre(scenario.centre);
  const open = minuteOf(scenario.open);
  const hours = scenario.hourlyFactors.length;
  const short = scenario.classes
    .map((visitClass) => ({ serviceId: visitClass.serviceId, ...onTimeShare(engineDays, visitClass.serviceId) }))
    .filter((entry) => entry.count > 0 && entry.share < classOnTimeAim);
  const advice: CapacityAdvice[] = [];
  for (const [done, entry] of short.entries()) {
    const lateByHour = Array.from({ length: hours }, (_, hour) =>
      engineDays
        .flatMap((day) => day.appointments)
        .filter((appointment) => appointment.serviceId === entry.serviceId && appointment.lateness > 5 && Math.floor((appointment.appointmentMinute - open) / 60) === hour).length,
    );
    const worst = lateByHour.indexOf(Math.max(...lateByHour));
    let [first, last] = [worst, worst];
    const counters =
      scenario.counters.filter((simulated) =>
        index.counter(simulated.counterId).services.some((service) => service.serviceId === entry.serviceId && mayServe({ unitId: simulated.staffUnitId }, index.service(entry.serviceId), index.units)),
      ).length + 1;
    const trial = async (from: number, to: number, count = 1) => {
      const days = await runReplications(withExtraCounters(scenario, entry.serviceId, from, to, count), { seeds, policies: ['engine'], visitsFrom: scenario });
      return onTimeShare(days.engine, entry.serviceId).share;
    };
    // All day first: if even that falls short, no window will do.
    const allDay = await trial(open, open + hours * 60);
    let reached: { share: number; window: string } | null = null;
    for (let tries = 0; allDay >= classOnTimeAim && tries < hours; tries += 1) {
      const from = open + first * 60;
      const to = open + (last + 1) * 60;
      const share = last - first + 1 === hours ? allDay : await trial(from, to);
      if (share >= classOnTimeAim) {
        reached = { share, window: `${clock(from)}–${clock(to)}` };
        break;
      }
      const before = first > 0 ? lateByHour[first - 1]! : -1;
      const after = last < hours - 1 ? lateByHour[last + 1]! : -1;
      if (before > after) first -= 1;
      else last += 1;
    }
    // Beyond one counter all day: is a second enough?
    const twoAllDay = allDay < classOnTimeAim ? await trial(open, open + hours * 60, 2) : null;
    const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
    advice.push({
      serviceId: entry.serviceId,
      onTimeNow: entry.share,
      onTimeWithCounter: reached?.share ?? allDay,
      window: reached?.window ?? null,
      counters,
      sentence: reached
        ? `${entry.serviceId}: ${percent(entry.share)} of checked-in appointments on time; a ${ordinal(counters)} counter for it ${reached.window} reaches ${percent(reached.share)} (aim ${percent(classOnTimeAim)}, simulated on the same seeds)`
        : `${entry.serviceId}: ${percent(entry.share)} of checked-in appointments on time; a ${ordinal(counters)} counter for it all day reaches ${percent(allDay)}, ` +
          `a ${ordinal(counters)} and ${ordinal(counters + 1)} ${percent(twoAllDay!)} (aim ${percent(classOnTimeAim)})${twoAllDay! < classOnTimeAim ? ': more counters alone do not reach it' : ''}`,
    });
    onProgress?.(done + 1, short.length);
  }
  return advice;
}
