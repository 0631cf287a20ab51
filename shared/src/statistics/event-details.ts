import type { LoggedEvent } from './logged-event.js';

/**
 * Readers of the event log's `details`, which are free-form JSON: a value of the wrong type reads
 * as absent, so an odd or old entry is left out of a figure instead of breaking the report.
 */

export const textOf = (event: LoggedEvent, key: string): string | null => {
  const value = event.details[key];
  return typeof value === 'string' ? value : null;
};

export const numberOf = (event: LoggedEvent, key: string): number | null => {
  const value = event.details[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** One of `allowed`, or null. */
export function oneOf<const Allowed extends readonly string[]>(event: LoggedEvent, key: string, allowed: Allowed): Allowed[number] | null {
  const value = textOf(event, key);
  return value !== null && allowed.includes(value) ? value : null;
}

/** An instant written as epoch milliseconds or as an ISO time, or null. */
export function instantOf(event: LoggedEvent, key: string): number | null {
  const value = event.details[key];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}
