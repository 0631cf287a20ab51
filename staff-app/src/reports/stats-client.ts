import { ErrorBody, staffErrorMessage, StatsReport, type ErrorIssue } from '@dintur/shared';
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
 * Fetches the figures with the session cookie (same origin) and checks them against the shared
 * schema, so the page never draws from an answer it does not understand.
 */
export async function fetchReport(request: ReportRequest, signal?: AbortSignal): Promise<StatsReport> {
  let response: Response;
  try {
    response = await fetch(`/api/stats?${reportQuery(request)}`, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ReportLoadError(reportStrings.errors.network);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = StatsReport.safeParse(body);
    if (!parsed.success) throw new ReportLoadError(reportStrings.errors.unexpected);
    return parsed.data;
  }
  if (response.status === 401) throw new ReportLoadError(reportStrings.errors.unauthenticated);
  if (response.status === 403) throw new ReportLoadError(reportStrings.errors.forbidden);
  const error = ErrorBody.safeParse(body);
  if (response.status === 400 && error.success) {
    const issues = error.data.error.issues ?? [];
    throw new ReportLoadError(`${reportStrings.errors.invalid} ${whatIsWrong(issues)}`, issues);
  }
  throw new ReportLoadError(reportStrings.errors.unexpected);
}

/** What a refused period is told as, in Danish by the fields the server named (never its English). */
function whatIsWrong(issues: readonly ErrorIssue[]): string {
  if (issues.some((issue) => issue.path === 'query.unitId')) return reportStrings.errors.badUnit;
  if (issues.some((issue) => issue.path === 'query.from' || issue.path === 'query.to')) return reportStrings.errors.badDates;
  return staffErrorMessage('validation-failed');
}
