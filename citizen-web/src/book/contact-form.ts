import { containsCpr, isCprNotHere, normalizeCpr, Phone, type BookAppointmentBody } from '@dintur/shared';
import { z } from 'zod';
import type { Language, Strings } from '../i18n/strings.js';

export type ContactValues = { name: string; phone: string; email: string; cpr: string };
export type ContactField = keyof ContactValues;
export type ContactErrors = Partial<Record<ContactField, string>>;

const emailSchema = z.email();

/**
 * The form's problems, in the citizen's language, by field — the same rules the server applies
 * (shared schemas), so a citizen learns about a mistake before sending.
 */
export function contactErrors(values: ContactValues, t: Strings): ContactErrors {
  const errors: ContactErrors = {};
  if (!values.name.trim()) errors.name = t.nameMissing;
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) errors.phone = t.contactMissing;
  if (phone && !Phone.safeParse(phone).success) errors.phone = t.phoneInvalid;
  if (email && !emailSchema.safeParse(email).success) errors.email = t.emailInvalid;
  if (values.cpr.trim() && normalizeCpr(values.cpr) === null) errors.cpr = t.cprInvalid;
  // A CPR number goes in its own field (kept only as a hash), never in the free text.
  for (const field of ['name', 'phone', 'email'] as const) if (containsCpr(values[field])) errors[field] = t.cprInText;
  return errors;
}

/** The booking request of a valid form: empty fields left out. */
export function bookingBody(serviceId: string, start: string, values: ContactValues, lang: Language): BookAppointmentBody {
  return {
    serviceId,
    start,
    name: values.name.trim(),
    lang,
    ...(values.phone.trim() && { phone: values.phone.trim() }),
    ...(values.email.trim() && { email: values.email.trim() }),
    ...(values.cpr.trim() && { cpr: values.cpr.trim() }),
  };
}

/** The server's problems (`body.phone`) as the form's, in the citizen's language. */
export function serverErrors(issues: readonly { path: string; message: string }[], t: Strings): ContactErrors {
  const messages: Record<ContactField, string> = { name: t.nameMissing, phone: t.phoneInvalid, email: t.emailInvalid, cpr: t.cprInvalid };
  const errors: ContactErrors = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '');
    // The server names the field and says why; a CPR number in free text gets its own sentence.
    if (isContactField(field)) errors[field] = isCprNotHere(issue.message) ? t.cprInText : messages[field];
  }
  return errors;
}

const contactFields: readonly string[] = ['name', 'phone', 'email', 'cpr'] satisfies ContactField[];
const isContactField = (field: string): field is ContactField => contactFields.includes(field);
