import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../tests/support/escpos-decoder.js';
import { encodeReceipt, layoutColumns } from './receipt-encoder.js';
import { danishReceipt, receiptIn } from './test-receipts.js';

/** Regenerate with `npx tsx printer/src/__golden__/regenerate.ts` after a deliberate layout change. */
const golden = new Uint8Array(readFileSync(new URL('./__golden__/danish-receipt.bin', import.meta.url)));

/** The receipt as the independent decoder reads it back (tests/support/escpos-decoder.ts). */
const printed = (bytes: Uint8Array) => {
  const decoded = decodeEscPos(bytes);
  return { ...decoded, text: decoded.texts.filter((text) => text !== '') };
};

describe('encodeReceipt', () => {
  it('gives the checked-in bytes for the golden Danish receipt', () => {
    const bytes = encodeReceipt(danishReceipt);
    // On a mismatch, show the two receipts as text first: easier to read than 447 bytes.
    expect(printed(bytes).text).toEqual(printed(golden).text);
    expect(Buffer.from(bytes).toString('hex')).toBe(Buffer.from(golden).toString('hex'));
  });

  it('prints the golden receipt as a citizen reads it: centre, unit, big number, service, time, queue, QR, hints, cut', () => {
    const receipt = printed(encodeReceipt(danishReceipt));
    expect(receipt.text).toEqual([
      'Borgercenter Valby',
      'Borgerservice',
      'D17',
      'Sundhedskort og lægevalg',
      '24.11.2026 11:05',
      '3 foran dig',
      'Forventet ventetid: ca. 12 min',
      'Følg din tur på mobilen',
      'Kan også klares på borger.dk:',
      'www.borger.dk/sundhed-og-sygdom',
    ]);
    const number = receipt.lines.find((line) => line.text.trim() === 'D17')!;
    expect(number.size).toEqual({ width: 4, height: 4 });
    expect(number.bold).toBe(true);
    expect(receipt.lines.filter((line) => line.text.trim() !== 'D17').every((line) => line.size.width === 1)).toBe(true);
    // Centred: as many spaces before the number as its four-times-wide glyphs leave free on each side.
    expect(number.columns).toBe(15 + 3 * 4);

    expect(receipt.qrCodes).toEqual([{ data: danishReceipt.trackingUrl, model: 2, moduleSize: 6, errorLevel: 'M', align: 'center' }]);
    const kinds = receipt.items.map((item) => item.kind);
    expect(kinds.indexOf('qr')).toBeLessThan(receipt.items.findIndex((item) => item.kind === 'line' && item.line.text.includes('Følg')));
    expect(kinds.at(-1)).toBe('cut');
    expect(receipt.cuts).toEqual([{ partial: true, feedLines: 0 }]);
    // Four empty lines before the cut, so the last text clears the cutter.
    expect(receipt.texts.slice(-4)).toEqual(['', '', '', '']);
    expect(receipt.unprinted).toBe('');
    expect(receipt.lines.every((line) => line.columns <= 42)).toBe(true);
  });

  it('prints æ ø å é ü and € right, from cp858', () => {
    const receipt = printed(
      encodeReceipt(receiptIn('da', { serviceName: 'Æble, Øre, Åen', lines: ['Café Müller: gebyr 20 €', 'æøå ÆØÅ éü'] })),
    );
    expect(receipt.text).toContain('Æble, Øre, Åen');
    expect(receipt.text).toContain('Café Müller: gebyr 20 €');
    expect(receipt.text).toContain('æøå ÆØÅ éü');
    expect(receipt.codePagesSelected).toEqual([19]);
  });

  it.each([
    ['pl', 'Przed tobą 3 osoby', 'Szacowany czas oczekiwania: ok. 12 min', 'Śledź swoją kolejkę na telefonie'],
    ['uk', 'Перед вами 3 особи', 'Очікуваний час: близько 12 хв', 'Стежте за своєю чергою на телефоні'],
    ['tr', 'Önünüzde 3 kişi var', 'Tahmini bekleme süresi: yaklaşık 12 dk', 'Sıranızı telefonunuzdan takip edin'],
    ['ro', 'Înaintea dumneavoastră: 3 persoane', 'Timp de așteptare estimat: 12 min', 'Urmăriți-vă rândul pe telefon'],
  ])('prints %s without a single "?", switching code page only for the letters cp858 lacks', (lang, ahead, estimate, hint) => {
    const receipt = printed(encodeReceipt(receiptIn(lang, { lines: [ahead, estimate], trackingHint: hint })));
    const text = receipt.text.join('\n');
    expect(text).not.toContain('?');
    expect(receipt.qrCodes[0]!.data).toBe(danishReceipt.trackingUrl);
    // Letters the code pages have come out as themselves; the rest as their usual stand-in.
    const expected = (value: string) => value.replace(/і/g, 'i').replace(/ı/g, 'i').replace(/ș/g, 'ş').replace(/Ș/g, 'Ş').replace(/ț/g, 'ţ');
    expect(receipt.text).toContain(expected(ahead));
    expect(receipt.text).toContain(expected(estimate));
    expect(text.replace(/\n/g, ' ')).toContain(expected(hint));
  });

  it('leaves out Arabic script rather than print it as "?", keeping digits, number, QR and cut', () => {
    const receipt = printed(
      encodeReceipt(receiptIn('ar', { serviceName: 'البطاقة الصحية', lines: ['أمامك ٣ أشخاص', 'وقت الانتظار المتوقع: حوالي 12 دقيقة'], trackingHint: 'تابع دورك على الهاتف' })),
    );
    expect(receipt.text.join('\n')).not.toContain('?');
    expect(receipt.text).toEqual(['Borgercenter Valby', 'Borgerservice', 'D17', '24.11.2026 11:05', '3', ': 12', 'Kan også klares på borger.dk:', 'www.borger.dk/sundhed-og-sygdom']);
    expect(receipt.qrCodes[0]!.data).toBe(danishReceipt.trackingUrl);
    expect(receipt.cuts).toHaveLength(1);
  });

  it('turns typographic punctuation and odd spaces into what the printer has', () => {
    const receipt = printed(encodeReceipt(receiptIn('da', { lines: ['“Pas” – 10\u202f% … ok', 'tab\there\u00a0and\u200bthere 😀'] })));
    expect(receipt.text).toContain('"Pas" - 10 % ... ok');
    expect(receipt.text).toContain('tab here andthere');
  });

  it('shows an appointment time big and bold, and leaves out empty parts', () => {
    const receipt = printed(encodeReceipt(receiptIn('da', { appointmentLine: 'Tid 10:30', selfServiceHint: null, lines: [] })));
    const appointment = receipt.lines.find((line) => line.text.trim() === 'Tid 10:30')!;
    expect(appointment).toMatchObject({ size: { width: 1, height: 2 }, bold: true });
    expect(receipt.text).not.toContain('3 foran dig');
    expect(receipt.text.at(-1)).toBe('Følg din tur på mobilen');
  });

  it('lays a 58 mm receipt out for 32 columns, with a smaller QR code', () => {
    const receipt = printed(encodeReceipt(danishReceipt, { columns: 32 }));
    expect(receipt.lines.every((line) => line.columns <= 32)).toBe(true);
    expect(receipt.qrCodes[0]!.moduleSize).toBe(5);
    expect(layoutColumns(64)).toBe(48);
    expect(layoutColumns(40)).toBe(35);
    expect(layoutColumns(24)).toBe(32);
  });

  it('refuses a tracking URL a QR code would carry wrongly', () => {
    expect(() => encodeReceipt(receiptIn('da', { trackingUrl: 'http://dintur/t/ÆØÅ' }))).toThrow(/ASCII/);
  });
});
