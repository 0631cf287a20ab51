import { citizenErrorMessage } from '@dintur/shared';
import { ApiError } from '../api/api-client.js';
import type { ShellStrings } from './page-shell.js';

/**
 * What to tell the citizen about a failed request, in the page's language: no connection, the
 * page's own words for "not found", or the shared sentence for the refusal's code — never the
 * server's own words (English, written for developers).
 */
export function messageOf(error: unknown, t: Pick<ShellStrings, 'lang' | 'networkError'>, notFound?: string): string {
  if (error instanceof ApiError) {
    // No answer, or one that made no sense (a proxy's error page): the connection's sentence.
    if (error.code === 'network' || error.code === 'unexpected-response') return t.networkError;
    if (error.status === 404 && notFound) return notFound;
    return citizenErrorMessage(error.code, t.lang);
  }
  return t.networkError;
}
