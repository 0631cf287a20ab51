/** The staff app checks a transfer note before sending it; the server's schema checks it again. */
export { looksLikeCpr } from '@dintur/shared';
