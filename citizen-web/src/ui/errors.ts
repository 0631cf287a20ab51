import { ApiError } from '../api/api-client.js';
import type { Strings } from '../i18n/strings.js';

/** What to tell the citizen about a failed request: a network problem, or the server's own words. */
export function messageOf(error: unknown, t: Strings, notFound?: string): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t.networkError;
    if (error.status === 404 && notFound) return notFound;
    return error.message;
  }
  return t.networkError;
}
