/**
 * Whether a note holds something shaped like a CPR number (DDMMYY-SSSS, with or without the dash
 * or a space): a CPR number is never to be stored in clear, and a transfer note is stored.
 */
export function looksLikeCpr(note: string): boolean {
  return /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)/.test(note);
}
