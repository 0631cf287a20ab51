import { containsCpr, isCprNotHere, normalizeCpr, Phone, type CityBookBody } from '@dintur/shared';
import { z } from 'zod';
import type { Language, Strings } from './book-strings.js';

/** The contact form of a booking, with the centres' own rules (citizen-web/src/book/contact-form.ts). */
export type ContactValues = { name: string; phone: string; email: string; cpr: string };
export type ContactField = keyof ContactValues;
export type ContactErrors = Partial<Record<ContactField, string>>;

export const contactFields = ['name', 'phone', 'email', 'cpr'] as const satisfies readonly ContactField[];

export const emptyContact: ContactValues = { name: '', phone: '', email: '', cpr: '' };

const emailSchema = z.email();

/**
 * The form's problems, in the citizen's language, by field — the same rules the hub applies
 * (shared schemas), so a citizen learns about a mistake before sending.
 */
export function contactErrors(values: ContactValues, t: Strings): ContactErrors {
  const errors: ContactErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t.nameMissing;
  else if (name.length > 120) errors.name = t.nameTooLong;
  const phone = values.phone.trim();
  const email = values.email.trim();
  if (!phone && !email) errors.phone = t.contactMissing;
  if (phone && !Phone.safeParse(phone).success) errors.phone = t.phoneInvalid;
  if (email && !emailSchema.safeParse(email).success) errors.email = t.emailInvalid;
  // A CPR number typed into the wrong field would be kept with the booking: the hub refuses it too.
  for (const field of ['name', 'phone', 'email'] as const) if (containsCpr(values[field])) errors[field] = t.cprNotHere;
  if (values.cpr.trim() && normalizeCpr(values.cpr) === null) errors.cpr = t.cprInvalid;
  return errors;
}

/** The booking request of a valid form at a centre: empty fields left out. */
export function bookingBody(centreId: string, serviceId: string, start: string, values: ContactValues, lang: Language): CityBookBody {
  return {
    centreId,
    serviceId,
    start,
    name: values.name.trim(),
    lang,
    ...(values.phone.trim() && { phone: values.phone.trim() }),
    ...(values.email.trim() && { email: values.email.trim() }),
    ...(values.cpr.trim() && { cpr: values.cpr.trim() }),
  };
}

/**
 * The hub's problems (`body.phone`, or `phone`) as the form's, in the citizen's language; a
 * missing contact is said as such. Problems of no field of the form are left out.
 */
export function serverErrors(issues: readonly { path: string; message: string }[], t: Strings): ContactErrors {
  const messages: Record<ContactField, string> = { name: t.nameMissing, phone: t.phoneInvalid, email: t.emailInvalid, cpr: t.cprInvalid };
  const errors: ContactErrors = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^body\./, '');
    if (!isContactField(field)) continue;
    if (isCprNotHere(issue.message)) errors[field] = t.cprNotHere;
    else if (field === 'phone' && /e-mail/i.test(issue.message)) errors[field] = t.contactMissing;
    else if (field === 'name' && /120|too (big|long)/i.test(issue.message)) errors[field] = t.nameTooLong;
    else errors[field] = messages[field];
  }
  return errors;
}

const isContactField = (field: string): field is ContactField => (contactFields as readonly string[]).includes(field);
