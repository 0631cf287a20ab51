import { useCallback, useEffect, useState } from 'react';
import type { StatsReport } from '@dintur/shared';
import { useLatest } from '@dintur/web';
import { fetchReport, ReportLoadError, reportQuery, type ReportRequest } from './stats-client.js';
import { reportStrings } from './report-strings.js';

export type ReportState =
  | { status: 'loading'; previous: StatsReport | null }
  | { status: 'ready'; report: StatsReport }
  | { status: 'failed'; message: string; previous: StatsReport | null };

/**
 * The report of a period, fetched whenever the period or unit changes; an older answer that
 * arrives late is dropped. While a new one loads, the last one stays on screen.
 */
export function useReport(request: ReportRequest | null): { state: ReportState; reload: () => void } {
  const [state, setState] = useState<ReportState>({ status: 'loading', previous: null });
  const [attempt, setAttempt] = useState(0);
  const key = request ? reportQuery(request) : null;
  // A request is identified by its query string: a new object with the same period is the same request.
  const latestRequest = useLatest(request);

  useEffect(() => {
    const request = latestRequest.current;
    if (!request) return;
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: current.status === 'ready' ? current.report : current.previous }));
    fetchReport(request, controller.signal).then(
      (report) => setState({ status: 'ready', report }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ReportLoadError ? error.message : reportStrings.errors.unexpected;
        setState((current) => ({ status: 'failed', message, previous: current.status === 'loading' ? current.previous : null }));
      },
    );
    return () => controller.abort();
  }, [latestRequest, key, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { state, reload };
}
