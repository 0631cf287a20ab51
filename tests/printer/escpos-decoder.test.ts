import { describe, expect, it } from 'vitest';
import { decodeEscPos, EscPosDecodeError } from '../support/escpos-decoder.js';

/** Bytes written the way Epson's command reference spells the commands. */
const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((character) => character.charCodeAt(0)) : part)));

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

describe('the test ESC/POS decoder', () => {
  it('reads Danish letters and the euro sign from cp858 (ESC t 19)', () => {
    // æ ø å Æ Ø Å é ü € in cp858: 91 9B 86 92 9D 8F 82 81 D5.
    const decoded = decodeEscPos(bytes([ESC, 0x40, ESC, 0x74, 19], [0x91, 0x9b, 0x86, 0x92, 0x9d, 0x8f, 0x82, 0x81, 0xd5], [LF]));
    expect(decoded.texts).toEqual(['æøåÆØÅéü€']);
    expect(decoded.codePagesSelected).toEqual([19]);
    expect(decoded.lines[0]!.codePages).toEqual([19]);
  });

  it('reads Polish from cp852 and Cyrillic from cp866, switching pages inside a line', () => {
    // Ł ó d ź in cp852: 9D A2 64 AB; К и ї в in cp866: 8A A8 F5 A2.
    const decoded = decodeEscPos(bytes([ESC, 0x74, 18, 0x9d, 0xa2, 0x64, 0xab, 0x20, ESC, 0x74, 17, 0x8a, 0xa8, 0xf5, 0xa2, LF]));
    expect(decoded.texts).toEqual(['Łódź Київ']);
    expect(decoded.lines[0]!.codePages).toEqual([18, 17]);
  });

  it('without ESC t reads the printer default, cp437 (where ø does not exist)', () => {
    expect(decodeEscPos(bytes([0x9b, LF])).texts).toEqual(['¢']);
  });

  it('reports the character size of GS ! per line, and emphasis', () => {
    const decoded = decodeEscPos(bytes('   ', [GS, 0x21, 0x33, ESC, 0x45, 1], 'A42', [ESC, 0x45, 0, GS, 0x21, 0, LF], 'small', [LF]));
    expect(decoded.lines[0]).toMatchObject({ text: '   A42', size: { width: 4, height: 4 }, bold: true, columns: 3 + 12 });
    expect(decoded.lines[1]).toMatchObject({ text: 'small', size: { width: 1, height: 1 }, bold: false, columns: 5 });
  });

  it('reads a QR code from GS ( k: model, module size, error level and the stored data', () => {
    const data = 'https://example.org/t/ABC123';
    const length = data.length + 3;
    const decoded = decodeEscPos(
      bytes(
        [ESC, 0x61, 1],
        [GS, 0x28, 0x6b, 4, 0, 49, 65, 50, 0],
        [GS, 0x28, 0x6b, 3, 0, 49, 67, 6],
        [GS, 0x28, 0x6b, 3, 0, 49, 69, 49],
        [GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, 80, 48],
        data,
        [GS, 0x28, 0x6b, 3, 0, 49, 81, 48],
      ),
    );
    expect(decoded.qrCodes).toEqual([{ data, model: 2, moduleSize: 6, errorLevel: 'M', align: 'center' }]);
  });

  it('reads cuts, with and without feed, in paper order', () => {
    const decoded = decodeEscPos(bytes('one', [LF, GS, 0x56, 1], 'two', [LF, GS, 0x56, 66, 3]));
    expect(decoded.items.map((item) => item.kind)).toEqual(['line', 'cut', 'line', 'cut']);
    expect(decoded.cuts).toEqual([
      { partial: true, feedLines: 0 },
      { partial: true, feedLines: 3 },
    ]);
  });

  it('records status queries (DLE EOT n) apart from the text', () => {
    const decoded = decodeEscPos(bytes([0x10, 0x04, 1, 0x10, 0x04, 4], 'x', [LF]));
    expect(decoded.items.filter((item) => item.kind === 'status-query')).toEqual([
      { kind: 'status-query', n: 1 },
      { kind: 'status-query', n: 4 },
    ]);
    expect(decoded.texts).toEqual(['x']);
  });

  it('keeps text without a line feed apart: a printer never prints it', () => {
    expect(decodeEscPos(bytes('done', [LF], 'left over')).unprinted).toBe('left over');
  });

  it('refuses what an Epson printer would not do as meant', () => {
    expect(() => decodeEscPos(bytes([ESC, 0x7a, 1]))).toThrow(EscPosDecodeError);
    expect(() => decodeEscPos(bytes('text', [GS, 0x56, 1]))).toThrow(/middle of a line/);
    expect(() => decodeEscPos(bytes([ESC, 0x74, 42, 0x91, LF]))).toThrow(/code page 42/);
    expect(() => decodeEscPos(bytes([GS, 0x28, 0x6b, 40, 0, 49, 80, 48], 'short'))).toThrow(/longer than the data/);
    expect(() => decodeEscPos(bytes([0x07]))).toThrow(/control byte 0x07/);
  });
});
