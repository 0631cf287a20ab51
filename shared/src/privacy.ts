/**
 * Whether a text holds something shaped like a CPR number (DDMMYY-SSSS, with or without the dash
 * or a space). A CPR number is never stored in clear, so free text that is stored (a transfer
 * note) is refused when it holds one: the staff app says so before sending, the server checks again.
 */
export function looksLikeCpr(text: string): boolean {
  return /(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)/.test(text);
}
