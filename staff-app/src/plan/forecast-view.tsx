import type { Ref } from 'react';
import type { Centre, DayFigures, Forecast } from '@dintur/shared';
import { barShare, dayMeanWait, differenceWords, formatShare, formatWait, hourSpan, idleDifferenceWords, longestWait, pairUnits, verdictOf } from './forecast-model.js';
import { formatNumber, planStrings } from './plan-strings.js';

const text = planStrings.forecast;

type Props = { usual: Forecast; yours: Forecast | null; centre: Centre; headingRef: Ref<HTMLHeadingElement> };

/**
 * The forecast: where the plan breaks first (the sentences leaders act on), then the day in
 * figures, then each unit hour by hour. With the leader's own plan, the usual one beside it and
 * the difference in words; for a past day, what happened beside the forecast.
 */
export function ForecastView({ usual, yours, centre, headingRef }: Props) {
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  const shown = yours ?? usual;
  return (
    <section className="plan-forecast" aria-labelledby="forecast-heading" data-testid="forecast" data-compared={yours ? 'true' : 'false'}>
      <h2 id="forecast-heading" ref={headingRef} tabIndex={-1}>
        {yours ? text.comparisonHeading : text.heading}
      </h2>
      <p className="subtle">{text.rests(shown.replications, shown.seconds)}</p>
      <div className="plan-breaks-grid">
        {yours && <BreaksList title={text.breaksHeadingUsual} sentences={usual.breaks} testId="breaks-usual" />}
        <BreaksList title={yours ? text.breaksHeadingYours : text.breaksHeading} sentences={shown.breaks} testId="breaks" />
      </div>
      {shown.actual && <PastDay forecast={shown} actual={shown.actual} unitName={unitName} />}
      <DaySummary usual={usual.forecast} yours={yours?.forecast ?? null} />
      <h3>{text.unitsHeading}</h3>
      {yours ? <ComparedUnits usual={usual.forecast} yours={yours.forecast} unitName={unitName} /> : <SingleUnits figures={usual.forecast} unitName={unitName} />}
      <CountersTable figures={shown.forecast} centre={centre} />
    </section>
  );
}

function BreaksList({ title, sentences, testId }: { title: string; sentences: string[]; testId: string }) {
  return (
    <div className={sentences.length > 0 ? 'plan-breaks-box critical' : 'plan-breaks-box'} data-testid={testId}>
      <h3>{title}</h3>
      {sentences.length > 0 ? (
        <ul>
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p>{text.noBreaks}</p>
      )}
    </div>
  );
}

function DaySummary({ usual, yours }: { usual: DayFigures; yours: DayFigures | null }) {
  const punctuality = (figures: DayFigures) => text.punctualityValue(figures.punctuality.shareWithin5, figures.punctuality.count);
  const rows: [string, string, string | null, string | null, string][] = [
    ['mean', text.meanWait, formatWait(dayMeanWait(usual)), yours && formatWait(dayMeanWait(yours)), yours ? differenceWords(dayMeanWait(usual), dayMeanWait(yours)) : ''],
    ['punctuality', text.punctuality, punctuality(usual), yours && punctuality(yours), ''],
    ['idle', text.idle, formatWait(usual.idleMinutes), yours && formatWait(yours.idleMinutes), yours ? idleDifferenceWords(usual.idleMinutes, yours.idleMinutes) : ''],
  ];
  return (
    <table className="data-table plan-summary" data-testid="day-summary">
      <caption>{text.summaryCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.figure}</th>
          <th scope="col">{text.usual}</th>
          {yours && <th scope="col">{text.yours}</th>}
          {yours && <th scope="col">{text.difference}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, label, first, second, difference]) => (
          <tr key={key} data-figure={key}>
            <th scope="row">{label}</th>
            <td className="number">{first}</td>
            {yours && <td className="number">{second}</td>}
            {yours && <td>{difference}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A wait with its bar (the bar is decoration; the number says it). */
function WaitBar({ minutes, longest }: { minutes: number | null; longest: number }) {
  return (
    <span className="wait-cell">
      <span className="wait-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(barShare(minutes, longest) * 100)}%` }} />
      </span>
      <span className="wait-value">{formatWait(minutes)}</span>
    </span>
  );
}

function SingleUnits({ figures, unitName }: { figures: DayFigures; unitName: (id: string) => string }) {
  const longest = longestWait(figures);
  return (
    <>
      {figures.units.map((unit) => (
        <table key={unit.unitId} className="data-table plan-hours" data-unit={unit.unitId}>
          <caption>
            {text.unitCaption(unitName(unit.unitId))}. <span className="subtle">{text.unitSummary(formatWait(unit.mean), formatWait(unit.p90))}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{text.hour}</th>
              <th scope="col">{text.arrivals}</th>
              <th scope="col">{text.mean}</th>
              <th scope="col">{text.p90}</th>
            </tr>
          </thead>
          <tbody>
            {unit.hours.map((hour) => (
              <tr key={hour.hour} data-hour={hour.hour}>
                <th scope="row">{hourSpan(hour.hour)}</th>
                <td className="number">{formatNumber(hour.arrivals)}</td>
                <td data-cell="mean" data-value={hour.mean ?? ''}>
                  <WaitBar minutes={hour.mean} longest={longest} />
                </td>
                <td className="number" data-cell="p90">
                  {formatWait(hour.p90)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

function ComparedUnits({ usual, yours, unitName }: { usual: DayFigures; yours: DayFigures; unitName: (id: string) => string }) {
  const longest = longestWait(usual, yours);
  return (
    <>
      {pairUnits(usual, yours).map((unit) => (
        <table key={unit.unitId} className="data-table plan-hours" data-unit={unit.unitId}>
          <caption>{text.unitCaption(unitName(unit.unitId))}</caption>
          <thead>
            <tr>
              <th scope="col">{text.hour}</th>
              <th scope="col">{text.meanOf(text.usual)}</th>
              <th scope="col">{text.meanOf(text.yours)}</th>
              <th scope="col">{text.difference}</th>
              <th scope="col">{text.p90Of(text.usual)}</th>
              <th scope="col">{text.p90Of(text.yours)}</th>
            </tr>
          </thead>
          <tbody>
            {unit.hours.map((hour) => {
              const before = hour.first?.mean ?? null;
              const after = hour.second?.mean ?? null;
              const verdict = verdictOf(before, after)?.verdict ?? 'none';
              return (
                <tr key={hour.hour} data-hour={hour.hour}>
                  <th scope="row">{hourSpan(hour.hour)}</th>
                  <td data-cell="usual-mean" data-value={before ?? ''}>
                    <WaitBar minutes={before} longest={longest} />
                  </td>
                  <td data-cell="yours-mean" data-value={after ?? ''}>
                    <WaitBar minutes={after} longest={longest} />
                  </td>
                  <td className={`verdict verdict-${verdict}`} data-cell="difference" data-verdict={verdict}>
                    {differenceWords(before, after)}
                  </td>
                  <td className="number">{formatWait(hour.first?.p90 ?? null)}</td>
                  <td className="number">{formatWait(hour.second?.p90 ?? null)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </>
  );
}

function PastDay({ forecast, actual, unitName }: { forecast: Forecast; actual: DayFigures; unitName: (id: string) => string }) {
  const past = planStrings.past;
  const error = forecast.error;
  return (
    <div className="plan-past" data-testid="past-day">
      <h3>{past.heading}</h3>
      <p className="plan-error" data-testid="forecast-error">
        {error && error.meanAbsoluteMinutes !== null ? past.error(error.meanAbsoluteMinutes, error.unitHours) : past.noError}
      </p>
      {pairUnits(forecast.forecast, actual).map((unit) => (
        <table key={unit.unitId} className="data-table plan-hours" data-unit={unit.unitId}>
          <caption>{past.caption(unitName(unit.unitId))}</caption>
          <thead>
            <tr>
              <th scope="col">{text.hour}</th>
              <th scope="col">{past.forecastMean}</th>
              <th scope="col">{past.actualMean}</th>
              <th scope="col">{past.off}</th>
            </tr>
          </thead>
          <tbody>
            {unit.hours.map((hour) => {
              const predicted = hour.first?.mean ?? null;
              const happened = hour.second?.mean ?? null;
              return (
                <tr key={hour.hour} data-hour={hour.hour}>
                  <th scope="row">{hourSpan(hour.hour)}</th>
                  <td className="number">{formatWait(predicted)}</td>
                  <td className="number">{formatWait(happened)}</td>
                  <td className="number">{predicted === null || happened === null ? text.noData : text.minutes(Math.abs(predicted - happened))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}

function CountersTable({ figures, centre }: { figures: DayFigures; centre: Centre }) {
  const counterName = (counterId: string) => centre.counters.find((counter) => counter.id === counterId)?.name ?? counterId;
  if (figures.counters.length === 0) return null;
  return (
    <table className="data-table plan-counters">
      <caption>{text.countersCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{planStrings.plan.counter}</th>
          <th scope="col">{text.utilisation}</th>
          <th scope="col">{text.idleMinutes}</th>
        </tr>
      </thead>
      <tbody>
        {figures.counters.map((counter) => (
          <tr key={counter.counterId}>
            <th scope="row">{counterName(counter.counterId)}</th>
            <td className="number">{formatShare(counter.utilisation)}</td>
            <td className="number">{formatWait(counter.idleMinutes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
