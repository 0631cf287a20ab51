/**
 * An ESC/POS decoder for tests: turns the bytes sent to a receipt printer back into what the
 * paper would show. Written from Epson's ESC/POS command reference (TM-T88 series), not from the
 * receipt encoder's code, so that a test comparing the two is a real check. It is strict: a
 * command it does not know, a truncated command, or a cut or QR code in the middle of a line
 * (which an Epson printer ignores) is an error rather than a guess.
 */

export type TextSize = { width: number; height: number };
export type Alignment = 'left' | 'center' | 'right';

export type DecodedLine = {
  /** The characters of the line as printed, including the spaces that centre it. */
  text: string;
  /** The largest character size on the line (GS !): 1×1 is normal, 4×4 quadruple. */
  size: TextSize;
  /** Whether any character of the line is emphasized (ESC E). */
  bold: boolean;
  align: Alignment;
  /** The width the line takes on paper, in normal-size characters. */
  columns: number;
  /** The `ESC t` code pages its characters were printed from. */
  codePages: number[];
};

export type DecodedQrCode = {
  data: string;
  model: 1 | 2 | 'micro';
  /** Module size in dots (GS ( k fn 67). */
  moduleSize: number;
  errorLevel: 'L' | 'M' | 'Q' | 'H';
  align: Alignment;
};

export type DecodedItem =
  | { kind: 'line'; line: DecodedLine }
  | { kind: 'qr'; qr: DecodedQrCode }
  | { kind: 'cut'; partial: boolean; feedLines: number }
  | { kind: 'status-query'; n: number };

export type DecodedReceipt = {
  /** Everything in paper order. */
  items: DecodedItem[];
  lines: DecodedLine[];
  /** The text of every line without its centring spaces (blank lines as ""). */
  texts: string[];
  qrCodes: DecodedQrCode[];
  cuts: { partial: boolean; feedLines: number }[];
  /** The `ESC t` pages selected, in order. */
  codePagesSelected: number[];
  /** Text left in the print buffer with no line feed after it: a printer never prints it. */
  unprinted: string;
};

export class EscPosDecodeError extends Error {
  override readonly name = 'EscPosDecodeError';
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
  }
}

/**
 * The characters of bytes 0x80–0xFF of the code pages the decoder knows, by their `ESC t` number
 * on Epson printers. The tables are the IBM code pages as Python's codecs define them
 * (`bytes(range(128, 256)).decode('cp858')`); cp858 is cp850 with € at 0xD5.
 */
const codePages: Record<number, { name: string; upperHalf: string }> = {
  0: {
    name: 'cp437',
    upperHalf:
      'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0',
  },
  17: {
    name: 'cp866',
    upperHalf:
      'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00a0',
  },
  18: {
    name: 'cp852',
    upperHalf:
      'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0',
  },
  19: {
    name: 'cp858',
    upperHalf:
      'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0',
  },
};

/** The code page names the decoder can read, by `ESC t` number. */
export const decodableCodePages = Object.fromEntries(Object.entries(codePages).map(([n, page]) => [n, page.name]));

type PrintMode = { size: TextSize; bold: boolean; align: Alignment; codePage: number };
type Glyph = { character: string; size: TextSize; bold: boolean; codePage: number };

const initialMode = (): PrintMode => ({ size: { width: 1, height: 1 }, bold: false, align: 'left', codePage: 0 });
const alignments: Record<number, Alignment> = { 0: 'left', 1: 'center', 2: 'right', 48: 'left', 49: 'center', 50: 'right' };
const errorLevels: Record<number, DecodedQrCode['errorLevel']> = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
const CR = 0x0d;

/** Decodes ESC/POS bytes into lines, QR codes, cuts and status queries, in paper order. */
export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const items: DecodedItem[] = [];
  const codePagesSelected: number[] = [];
  let mode = initialMode();
  let buffer: Glyph[] = [];
  let qr: { model: DecodedQrCode['model']; moduleSize: number; errorLevel: DecodedQrCode['errorLevel']; data: string | null } = {
    model: 2,
    moduleSize: 3,
    errorLevel: 'L',
    data: null,
  };
  let offset = 0;

  const byteAt = (index: number): number => {
    const value = bytes[index];
    if (value === undefined) throw new EscPosDecodeError('Command cut short by the end of the data', index);
    return value;
  };
  const printLine = () => {
    const size = buffer.reduce(
      (largest, glyph) => ({ width: Math.max(largest.width, glyph.size.width), height: Math.max(largest.height, glyph.size.height) }),
      buffer.length ? { width: 1, height: 1 } : { ...mode.size },
    );
    items.push({
      kind: 'line',
      line: {
        text: buffer.map((glyph) => glyph.character).join(''),
        size,
        bold: buffer.some((glyph) => glyph.bold && glyph.character !== ' '),
        align: mode.align,
        columns: buffer.reduce((sum, glyph) => sum + glyph.size.width, 0),
        codePages: [...new Set(buffer.filter((glyph) => glyph.character.charCodeAt(0) >= 0x80).map((glyph) => glyph.codePage))],
      },
    });
    buffer = [];
  };
  const requireLineStart = (what: string, at: number) => {
    if (buffer.length > 0) {
      throw new EscPosDecodeError(`${what} in the middle of a line ("${buffer.map((glyph) => glyph.character).join('')}"): the printer ignores it there`, at);
    }
  };
  const character = (byte: number, at: number): string => {
    if (byte < 0x80) return String.fromCharCode(byte);
    const page = codePages[mode.codePage];
    if (!page) throw new EscPosDecodeError(`Character 0x${byte.toString(16)} from code page ${mode.codePage}, which the decoder does not know`, at);
    return page.upperHalf[byte - 0x80]!;
  };

  while (offset < bytes.length) {
    const start = offset;
    const byte = byteAt(offset);
    if (byte >= 0x20 && byte !== 0x7f) {
      buffer.push({ character: character(byte, offset), size: { ...mode.size }, bold: mode.bold, codePage: mode.codePage });
      offset += 1;
      continue;
    }
    switch (byte) {
      case LF:
        printLine();
        offset += 1;
        break;
      case CR:
        // With auto line feed off (the default), CR is ignored on USB and Ethernet interfaces.
        offset += 1;
        break;
      case DLE: {
        const command = byteAt(offset + 1);
        if (command !== 0x04) throw new EscPosDecodeError(`Unknown real-time command DLE 0x${command.toString(16)}`, start);
        const n = byteAt(offset + 2);
        if (![1, 2, 3, 4].includes(n)) throw new EscPosDecodeError(`DLE EOT with n = ${n}`, start);
        items.push({ kind: 'status-query', n });
        offset += 3;
        break;
      }
      case ESC: {
        const command = String.fromCharCode(byteAt(offset + 1));
        const parameter = () => byteAt(offset + 2);
        switch (command) {
          case '@':
            // Initialize: the print buffer is cleared and every mode returns to its default.
            buffer = [];
            mode = initialMode();
            offset += 2;
            break;
          case 't': {
            const page = parameter();
            codePagesSelected.push(page);
            mode = { ...mode, codePage: page };
            offset += 3;
            break;
          }
          case 'E':
            mode = { ...mode, bold: (parameter() & 1) === 1 };
            offset += 3;
            break;
          case 'a': {
            const align = alignments[parameter()];
            if (!align) throw new EscPosDecodeError(`ESC a with n = ${parameter()}`, start);
            mode = { ...mode, align };
            offset += 3;
            break;
          }
          case '!': {
            // Print mode: bit 3 emphasized, bit 4 double height, bit 5 double width.
            const n = parameter();
            mode = { ...mode, bold: (n & 0x08) !== 0, size: { width: n & 0x20 ? 2 : 1, height: n & 0x10 ? 2 : 1 } };
            offset += 3;
            break;
          }
          case 'M': {
            const font = parameter();
            if (![0, 1, 2, 48, 49, 50].includes(font)) throw new EscPosDecodeError(`ESC M with n = ${font}`, start);
            offset += 3;
            break;
          }
          case '-':
          case 'G':
          case '3':
          case 'J':
            // Underline, double strike, line spacing, feed by dots: nothing the tests read.
            offset += 3;
            break;
          case '2':
            offset += 2;
            break;
          case 'd': {
            const lines = parameter();
            printLine();
            for (let line = 1; line < lines; line += 1) printLine();
            offset += 3;
            break;
          }
          default:
            throw new EscPosDecodeError(`Unknown command ESC 0x${command.charCodeAt(0).toString(16)}`, start);
        }
        break;
      }
      case FS: {
        const command = byteAt(offset + 1);
        // FS . cancels Kanji character mode: single-byte characters from here on.
        if (command !== 0x2e) throw new EscPosDecodeError(`Unknown command FS 0x${command.toString(16)}`, start);
        offset += 2;
        break;
      }
      case GS: {
        const command = String.fromCharCode(byteAt(offset + 1));
        switch (command) {
          case '!': {
            const n = byteAt(offset + 2);
            mode = { ...mode, size: { width: ((n >> 4) & 0x07) + 1, height: (n & 0x07) + 1 } };
            offset += 3;
            break;
          }
          case 'B':
            offset += 3;
            break;
          case 'V': {
            requireLineStart('A cut', start);
            const m = byteAt(offset + 2);
            if (m === 0 || m === 48 || m === 1 || m === 49) {
              items.push({ kind: 'cut', partial: m === 1 || m === 49, feedLines: 0 });
              offset += 3;
            } else if (m === 65 || m === 66) {
              items.push({ kind: 'cut', partial: m === 66, feedLines: byteAt(offset + 3) });
              offset += 4;
            } else {
              throw new EscPosDecodeError(`GS V with m = ${m}`, start);
            }
            break;
          }
          case '(': {
            const function2d = String.fromCharCode(byteAt(offset + 2));
            if (function2d !== 'k') throw new EscPosDecodeError(`Unknown command GS ( ${function2d}`, start);
            const length = byteAt(offset + 3) + byteAt(offset + 4) * 256;
            const end = offset + 5 + length;
            if (end > bytes.length) throw new EscPosDecodeError('GS ( k longer than the data', start);
            const symbol = byteAt(offset + 5);
            const fn = byteAt(offset + 6);
            if (symbol !== 49) throw new EscPosDecodeError(`GS ( k for symbol cn = ${symbol}, not a QR code`, start);
            switch (fn) {
              case 65: {
                const model = byteAt(offset + 7);
                qr = { ...qr, model: model === 49 ? 1 : model === 50 ? 2 : 'micro' };
                break;
              }
              case 67:
                qr = { ...qr, moduleSize: byteAt(offset + 7) };
                break;
              case 69: {
                const level = errorLevels[byteAt(offset + 7)];
                if (!level) throw new EscPosDecodeError(`QR error correction level ${byteAt(offset + 7)}`, start);
                qr = { ...qr, errorLevel: level };
                break;
              }
              case 80:
                if (byteAt(offset + 7) !== 48) throw new EscPosDecodeError('QR store with m other than 48', start);
                qr = { ...qr, data: String.fromCharCode(...bytes.subarray(offset + 8, end)) };
                break;
              case 81:
                requireLineStart('A QR code', start);
                if (qr.data === null) throw new EscPosDecodeError('QR print without stored data', start);
                items.push({ kind: 'qr', qr: { data: qr.data, model: qr.model, moduleSize: qr.moduleSize, errorLevel: qr.errorLevel, align: mode.align } });
                break;
              default:
                throw new EscPosDecodeError(`QR function ${fn}`, start);
            }
            offset = end;
            break;
          }
          default:
            throw new EscPosDecodeError(`Unknown command GS 0x${command.charCodeAt(0).toString(16)}`, start);
        }
        break;
      }
      default:
        throw new EscPosDecodeError(`Unknown control byte 0x${byte.toString(16).padStart(2, '0')}`, start);
    }
  }
  const lines = items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
  return {
    items,
    lines,
    texts: lines.map((line) => line.text.trim()),
    qrCodes: items.flatMap((item) => (item.kind === 'qr' ? [item.qr] : [])),
    cuts: items.flatMap((item) => (item.kind === 'cut' ? [{ partial: item.partial, feedLines: item.feedLines }] : [])),
    codePagesSelected,
    unprinted: buffer.map((glyph) => glyph.character).join(''),
  };
}
