import { containsCpr, isCprNotHere, normalizeCpr, Phone, type BookAppointmentBody, type ErrorIssue } from '@dintur/shared';
import { z } from 'zod';
import { bookingStrings as text } from './booking-strings.js';

export type CallerDetails = { name: string; phone: string; email: string; cpr: string };
export type CallerField = keyof CallerDetails;
export type CallerErrors = Partial<Record<CallerField, string>>;

const email = z.email();

/** The form's problems by field, in Danish: the server's rules (shared schemas), checked before sending. */
export function callerErrors(details: CallerDetails): CallerErrors {
  const errors: CallerErrors = {};
  if (!details.name.trim()) errors.name = text.nameMissing;
  if (!details.phone.trim() && !details.email.trim()) errors.phone = text.contactMissing;
  if (details.phone.trim() && !Phone.safeParse(details.phone.trim()).success) errors.phone = text.phoneInvalid;
  if (details.email.trim() && !email.safeParse(details.email.trim()).success) errors.email = text.emailInvalid;
  if (details.cpr.trim() && normalizeCpr(details.cpr) === null) errors.cpr = text.cprInvalid;
  // A CPR number goes in its own field (kept only as a hash), never in the free text.
  for (const field of ['name', 'phone', 'email'] as const) if (containsCpr(details[field])) errors[field] = text.cprInText;
  return errors;
}

/** In Danish, what the server's refusal of each field means for the person at the desk. */
const refusedField: Record<CallerField, string> = {
  name: text.nameInvalid,
  phone: text.phoneInvalid,
  email: text.emailInvalid,
  cpr: text.cprInvalid,
};

/**
 * The server's refusal of fields (`body.name`) as the form's, so each shows at its field — in
 * the form's Danish words, never the server's English (a CPR number where it does not belong is
 * said as such).
 */
export function serverFieldErrors(issues: readonly ErrorIssue[]): CallerErrors {
  const errors: CallerErrors = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '');
    if (field !== 'name' && field !== 'phone' && field !== 'email' && field !== 'cpr') continue;
    errors[field] ??= isCprNotHere(issue.message) ? text.cprInText : refusedField[field];
  }
  return errors;
}

/** The booking request for the caller: empty fields left out, Danish unless said otherwise. */
export function callerBooking(serviceId: string, start: string, details: CallerDetails): BookAppointmentBody {
  return {
    serviceId,
    start,
    name: details.name.trim(),
    lang: 'da',
    ...(details.phone.trim() && { phone: details.phone.trim() }),
    ...(details.email.trim() && { email: details.email.trim() }),
    ...(details.cpr.trim() && { cpr: details.cpr.trim() }),
  };
}
