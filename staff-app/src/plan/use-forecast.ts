import { useCallback, useEffect, useRef, useState } from 'react';
import type { DayPlan, Forecast, ForecastProgress } from '@dintur/shared';
import type { ApiClient } from '../api/api-client.js';
import { asApiError, type ApiError } from '@dintur/web';

/** How often the progress is asked while a forecast runs. */
const progressEveryMs = 400;

export type ForecastRun =
  | { status: 'idle' }
  | { status: 'running'; step: 'usual' | 'yours'; steps: number; progress: ForecastProgress | null }
  | { status: 'failed'; error: ApiError; step: 'usual' | 'yours' };

/**
 * The forecasts of one day: the usual plan's, kept as the comparison, and the leader's own when
 * it differs. `run(plan)` forecasts the usual plan first if it has not been yet, then `plan`
 * unless it is the usual one; the progress is asked while each runs. A new day forgets both.
 */
export function useForecast(api: ApiClient, date: string) {
  const [usual, setUsual] = useState<Forecast | null>(null);
  const [yours, setYours] = useState<Forecast | null>(null);
  const [run, setRun] = useState<ForecastRun>({ status: 'idle' });
  const generation = useRef(0);

  useEffect(() => {
    generation.current += 1;
    setUsual(null);
    setYours(null);
    setRun({ status: 'idle' });
  }, [date]);

  const start = useCallback(
    async (plan: DayPlan | null): Promise<Forecast | 'failed' | 'stale'> => {
      const mine = ++generation.current;
      const steps = (usual ? 0 : 1) + (plan ? 1 : 0);
      const forecastOf = async (step: 'usual' | 'yours', body: DayPlan | null): Promise<Forecast> => {
        setRun({ status: 'running', step, steps, progress: null });
        const timer = window.setInterval(() => {
          api
            .call('getForecastProgress', { query: {} })
            .then((progress) => {
              if (generation.current === mine) setRun((current) => (current.status === 'running' && current.step === step ? { ...current, progress } : current));
            })
            .catch(() => undefined); // A missed progress answer only delays the bar.
        }, progressEveryMs);
        try {
          return await api.call('forecastPlan', { body: { date, ...(body && { plan: body }) } });
        } finally {
          window.clearInterval(timer);
        }
      };
      let step: 'usual' | 'yours' = 'usual';
      try {
        let shown = usual;
        if (!usual) {
          shown = await forecastOf('usual', null);
          if (generation.current !== mine) return 'stale';
          setUsual(shown);
        }
        if (plan) {
          step = 'yours';
          shown = await forecastOf('yours', plan);
          if (generation.current !== mine) return 'stale';
          setYours(shown);
        } else {
          setYours(null);
        }
        setRun({ status: 'idle' });
        return shown ?? 'stale';
      } catch (caught) {
        if (generation.current !== mine) return 'stale';
        setRun({ status: 'failed', error: asApiError(caught), step });
        return 'failed';
      }
    },
    [api, date, usual],
  );

  return { usual, yours, run, start };
}
