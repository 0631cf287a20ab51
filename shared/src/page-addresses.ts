/**
 * The addresses of the pages citizens and the contact centre are sent to, at a centre and at the
 * city hub: one place, so a receipt, an SMS, an e-mail, a refusal and the pages themselves agree,
 * and the engine builds no address of its own. Paths only; the caller puts the server's public
 * address in front (`withBase`).
 */
export const pageAddresses = {
  /** A ticket's tracking page (the receipt's QR code). */
  tracking: (trackingCode: string) => `/t/${trackingCode}`,
  /** Booking anew. */
  booking: () => '/book',
  /** Booking at the hub with the centre chosen. */
  bookingAt: (centreId: string) => `/book?centre=${encodeURIComponent(centreId)}`,
  /** One appointment: move or cancel it. */
  appointment: (code: string) => `/book/${encodeURIComponent(code)}`,
  /** The contact centre's booking desk. */
  bookingDesk: () => '/staff/bookings',
} as const;

/** `https://example.dk/` + `/book` → `https://example.dk/book` (trailing slashes of the base dropped). */
export const withBase = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;
