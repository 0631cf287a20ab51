/**
 * The code pages a receipt is printed in. ESC/POS printers print one byte per character from a
 * table chosen with `ESC t n`; which Unicode characters a receipt can show is therefore the union
 * of the tables we are willing to switch to. These three are in Epson's table since the
 * TM-T88III generation and in the clones that copy it (Bixolon, Xprinter, POS-80 and others),
 * unlike the Windows pages and cp857/cp1125, which only newer models have.
 */
export type ReceiptCodePage = {
  /** The name the receipt encoder knows the table by. */
  name: 'cp858' | 'cp852' | 'cp866';
  /** `ESC t n` on Epson and compatible printers. */
  escT: number;
  /** What it is for. */
  covers: string;
  /** The characters of bytes 0x80–0xFF, in byte order (bytes 0x20–0x7E are ASCII in all three). */
  upperHalf: string;
};

/**
 * In order of preference: a character is printed from the first page that has it. cp858 is
 * cp850 with € in place of the dotless ı, and covers Danish, the other Nordic and the Western
 * European languages; cp852 adds Polish, Czech, Slovak, Hungarian, Romanian, Croatian and
 * Slovene; cp866 adds Cyrillic (Russian, Ukrainian, Bulgarian).
 */
export const receiptCodePages: readonly ReceiptCodePage[] = [
  {
    name: 'cp858',
    escT: 19,
    covers: 'Western European with the euro sign: Danish, Norwegian, Swedish, German, French, English, Spanish, Turkish ç ö ü',
    upperHalf:
      'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0',
  },
  {
    name: 'cp852',
    escT: 18,
    covers: 'Central European: Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Slovene; Turkish ş',
    upperHalf:
      'ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0',
  },
  {
    name: 'cp866',
    escT: 17,
    covers: 'Cyrillic: Russian, Ukrainian (і and ґ are printed as i and г), Belarusian, Bulgarian',
    upperHalf:
      'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00a0',
  },
];

/**
 * Every character some receipt code page prints: printable ASCII plus the pages' upper halves,
 * without the no-break space and the soft hyphen, which text uses invisibly.
 */
export const printableCharacters: ReadonlySet<string> = new Set(
  [
    ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)),
    ...receiptCodePages.flatMap((page) => [...page.upperHalf]),
  ].filter((character) => character !== '\u00a0' && character !== '\u00ad'),
);
