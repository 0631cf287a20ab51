import { containsCpr, normalizeCpr, Phone, type CityBookBody } from '@dintur/shared';
import { z } from 'zod';
import { bookingStrings as text } from './booking-strings.js';

export type CallerDetails = { name: string; phone: string; email: string; cpr: string };
export type CallerField = keyof CallerDetails;
export type CallerErrors = Partial<Record<CallerField, string>>;

/** The form's fields in the order they are shown: the first with a problem takes focus. */
export const callerFields = ['name', 'phone', 'email', 'cpr'] as const satisfies readonly CallerField[];

const email = z.email();
const longestName = 120;

/** The form's problems by field, in Danish: the hub's rules (the shared schemas), checked before sending. */
export function callerErrors(details: CallerDetails): CallerErrors {
  const errors: CallerErrors = {};
  if (!details.name.trim()) errors.name = text.nameMissing;
  else if (details.name.trim().length > longestName) errors.name = text.nameInvalid;
  if (!details.phone.trim() && !details.email.trim()) errors.phone = text.contactMissing;
  if (details.phone.trim() && !Phone.safeParse(details.phone.trim()).success) errors.phone = text.phoneInvalid;
  if (details.email.trim() && !email.safeParse(details.email.trim()).success) errors.email = text.emailInvalid;
  if (details.cpr.trim() && normalizeCpr(details.cpr) === null) errors.cpr = text.cprInvalid;
  // A CPR number goes in its own field (the hub keeps only a hash of it), never in the free text.
  for (const field of ['name', 'phone', 'email'] as const) if (containsCpr(details[field])) errors[field] = text.cprInText;
  return errors;
}

/** What to say by a field the hub refused (its own words are English, shown as a detail under the form). */
export function refusedFieldText(field: CallerField, value: string): string {
  if (field !== 'cpr' && containsCpr(value)) return text.cprInText;
  return { name: value.trim() ? text.nameInvalid : text.nameMissing, phone: text.phoneInvalid, email: text.emailInvalid, cpr: text.cprInvalid }[field];
}

/** The booking request for the caller at a centre: empty fields left out, Danish unless said otherwise. */
export function callerBooking(centreId: string, serviceId: string, start: string, details: CallerDetails): CityBookBody {
  return {
    centreId,
    serviceId,
    start,
    name: details.name.trim(),
    lang: 'da',
    ...(details.phone.trim() && { phone: details.phone.trim() }),
    ...(details.email.trim() && { email: details.email.trim() }),
    ...(details.cpr.trim() && { cpr: details.cpr.trim() }),
  };
}
