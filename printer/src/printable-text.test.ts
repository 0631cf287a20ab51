import { describe, expect, it } from 'vitest';
import { printableCharacters, receiptCodePages } from './code-pages.js';
import { toPrintableText, unprintableCharacters } from './printable-text.js';

describe('toPrintableText', () => {
  it('keeps what the receipt code pages have: Danish, German, French, Polish, Czech, Cyrillic, €', () => {
    const text = 'Æbleskiver på Østerbro, Straße, garçon, Łódź, Příliš, Съешь ещё, 20 €';
    expect(toPrintableText(text)).toBe(text);
  });

  it('composes letters written with combining accents (a screen keyboard may send e + ´)', () => {
    expect(toPrintableText('Cafe\u0301 A\u030angstro\u0308m')).toBe('Café Ångström');
  });

  it('writes letters no page has without their accents or as their usual transliteration', () => {
    expect(toPrintableText('Ağrı İzmir')).toBe('Agri Izmir');
    expect(toPrintableText('Україна, Іван, ґудзик')).toBe('Україна, Iван, гудзик');
    expect(toPrintableText('Țară, ștampilă')).toBe('Ţară, ştampilă');
    expect(toPrintableText('œuvre, Việt Nam, ﬁnal')).toBe('oeuvre, Viet Nam, final');
  });

  it('prints punctuation and spaces from word processors plainly', () => {
    expect(toPrintableText('„Pas“ – ‘ok’ — 5\u00a0min…\tnu\u00adkan')).toBe('"Pas" - \'ok\' - 5 min... nukan');
  });

  it('leaves out scripts and symbols no receipt page has, keeping their digits', () => {
    expect(toPrintableText('الرقم ٤٢ رقم ۱۷ 😀 漢字 ሰላም')).toBe('42 17');
    expect(unprintableCharacters('Hej ሰ 😀 – ا')).toEqual(['ሰ', '😀', 'ا']);
  });

  it('never gives the encoder a character it would print as "?"', () => {
    const sample = 'Æ ø Å é ü € ą ę ł ś ż ї є і ґ ğ ş ı İ ș ț œ “ ” – … 😀 ا';
    for (const character of toPrintableText(sample)) expect(printableCharacters.has(character), character).toBe(true);
  });

  it('knows each code page by its Epson number, cp858 first', () => {
    expect(receiptCodePages.map((page) => [page.name, page.escT, [...page.upperHalf].length])).toEqual([
      ['cp858', 19, 128],
      ['cp852', 18, 128],
      ['cp866', 17, 128],
    ]);
    expect(receiptCodePages[0]!.upperHalf[0xd5 - 0x80]).toBe('€');
  });
});
