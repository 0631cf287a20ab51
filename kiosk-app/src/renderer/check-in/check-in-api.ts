import { Ticket } from '@dintur/shared';
import type { CheckInOutcome } from './check-in-flow.js';

const json = { 'content-type': 'application/json' } as const;

const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * What an answer of the check-in operations means. 201: the ticket. 409 with a reason: too early
 * (when check-in opens) or too late (an ordinary number instead); another 409: nothing to check in
 * (cancelled, or already served). 404: no such appointment (today). Read loosely: a newer server
 * may add fields.
 */
export function outcomeOf(status: number, body: unknown): CheckInOutcome {
  if (status === 201) {
    const ticket = Ticket.safeParse(body);
    const start = text(field(field(body, 'appointment'), 'start'));
    return ticket.success && start ? { kind: 'ticket', ticket: ticket.data, appointmentAt: start } : { kind: 'failed' };
  }
  const error = field(body, 'error');
  const details = field(error, 'details');
  if (status === 404) return { kind: 'not-found' };
  if (status === 409) {
    const reason = text(field(details, 'reason'));
    const start = text(field(details, 'start'));
    const opensAt = text(field(details, 'opensAt'));
    if (reason === 'too-early' && start && opensAt) return { kind: 'too-early', start, opensAt };
    if (reason === 'too-late') return { kind: 'too-late', start };
    return { kind: 'unavailable', message: text(field(error, 'message')) ?? '' };
  }
  return { kind: 'failed' };
}

async function post(url: URL, body: unknown): Promise<CheckInOutcome> {
  try {
    const response = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(body) });
    const answer: unknown = await response.json().catch(() => undefined);
    return outcomeOf(response.status, answer);
  } catch (error) {
    console.warn(`kiosk: check-in request failed: ${error instanceof Error ? error.message : String(error)}`);
    return { kind: 'failed' };
  }
}

/** `POST /api/appointments/{code}/check-in`, in the citizen's language. */
export function checkInByCode(apiBase: string, code: string, lang: string): Promise<CheckInOutcome> {
  return post(new URL(`api/appointments/${encodeURIComponent(code)}/check-in`, apiBase), { lang });
}

/** `POST /api/appointments/check-in-by-cpr` with what the health card's scan held. */
export function checkInByCard(apiBase: string, cpr: string, lang: string): Promise<CheckInOutcome> {
  return post(new URL('api/appointments/check-in-by-cpr', apiBase), { cpr, lang });
}

/** The centre's time zone, for saying "at 11:30" in the centre's time (null: the kiosk's own). */
export async function centreTimeZone(apiBase: string): Promise<string | null> {
  try {
    const response = await fetch(new URL('api/appointment-services', apiBase));
    return response.ok ? text(field(await response.json(), 'timeZone')) : null;
  } catch {
    return null;
  }
}
