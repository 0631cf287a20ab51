import { staffErrorMessage, type ErrorIssue, type StatsReport } from '@dintur/shared';
import { asApiError, type ApiError } from '@dintur/web';
import { createStaffApi } from '../api/api-client.js';
import { reportStrings } from './report-strings.js';

/** The period and unit a report is asked for. */
export type ReportRequest = { from: string; to: string; unitId: string };

/** Why a report could not be shown, in words for the page. */
export class ReportLoadError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
  ) {
    super(message);
  }
}

/** `?from=…&to=…&unitId=…` (no unit: all units). */
export function reportQuery(request: ReportRequest): string {
  const query = new URLSearchParams({ from: request.from, to: request.to });
  if (request.unitId) query.set('unitId', request.unitId);
  return query.toString();
}

/**
 * The reports' own client of the centre's map: a report page told that the session has gone says
 * so itself (the printable report has no app around it to send anyone to the sign-in page).
 */
const statsApi = createStaffApi();

/**
 * Fetches the figures with the session cookie (same origin) and checks them against the shared
 * schema, so the page never draws from an answer it does not understand. An answer that arrives
 * after `signal` aborted (a newer period was asked for) is dropped.
 */
export async function fetchReport(request: ReportRequest, signal?: AbortSignal): Promise<StatsReport> {
  try {
    const report = await statsApi.call('getStats', { query: { from: request.from, to: request.to, ...(request.unitId && { unitId: request.unitId }) } });
    signal?.throwIfAborted();
    return report;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw reportLoadError(asApiError(error));
  }
}

function reportLoadError(error: ApiError): ReportLoadError {
  if (error.status === 0) return new ReportLoadError(reportStrings.errors.network);
  if (error.status === 401) return new ReportLoadError(reportStrings.errors.unauthenticated);
  if (error.status === 403) return new ReportLoadError(reportStrings.errors.forbidden);
  if (error.status === 400 && error.code !== 'unexpected-response') return new ReportLoadError(`${reportStrings.errors.invalid} ${whatIsWrong(error.issues)}`, error.issues);
  return new ReportLoadError(reportStrings.errors.unexpected);
}

/** What a refused period is told as, in Danish by the fields the server named (never its English). */
function whatIsWrong(issues: readonly ErrorIssue[]): string {
  if (issues.some((issue) => issue.path === 'query.unitId')) return reportStrings.errors.badUnit;
  if (issues.some((issue) => issue.path === 'query.from' || issue.path === 'query.to')) return reportStrings.errors.badDates;
  return staffErrorMessage('validation-failed');
}
