import type { Receipt } from '@dintur/shared';

/**
 * Receipts the printer tests print. Not part of the package's public surface. The Danish one is
 * the golden receipt: its bytes are checked in (`__golden__/danish-receipt.bin`).
 */
export const danishReceipt: Receipt = {
  lang: 'da',
  centreName: 'Borgercenter Valby',
  unitName: 'Borgerservice',
  number: 'D17',
  serviceName: 'Sundhedskort og lægevalg',
  issuedAt: '24.11.2026 11:05',
  lines: ['3 foran dig', 'Forventet ventetid: ca. 12 min'],
  trackingUrl: 'http://dintur.valby.local:8080/t/K7Q2M9XP',
  trackingHint: 'Følg din tur på mobilen',
  selfServiceHint: 'Kan også klares på borger.dk: www.borger.dk/sundhed-og-sygdom',
  appointmentLine: null,
};

/** The same ticket with text in other languages, to see what each prints as. */
export const receiptIn = (lang: string, text: Partial<Receipt>): Receipt => ({ ...danishReceipt, lang, ...text });
