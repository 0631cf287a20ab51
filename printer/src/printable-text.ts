import { printableCharacters } from './code-pages.js';

/**
 * Stand-ins for characters no receipt code page has. An ESC/POS printer prints a character it
 * has no glyph for as "?", so anything not printable is replaced by its nearest printable form
 * here, or left out; it is never handed to the encoder as it is.
 */
const substitutes: Readonly<Record<string, string>> = {
  // Typographic punctuation that word processors and translators put in.
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2039': '<',
  '\u203a': '>',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2022': '*',
  '\u2043': '-',
  '\u00ad': '', // a soft hyphen is invisible in text but would print as a hyphen
  // Latin letters without a decomposition.
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  ẞ: 'SS',
  ŋ: 'ng',
  Ŋ: 'NG',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ĸ: 'k',
  // Romanian writes ș and ț with a comma below; cp852 has the older cedilla forms.
  ș: 'ş',
  Ș: 'Ş',
  ț: 'ţ',
  Ț: 'Ţ',
  // Cyrillic letters cp866 lacks: the Latin i looks the same as the Ukrainian і.
  і: 'i',
  І: 'I',
  ґ: 'г',
  Ґ: 'Г',
  ђ: 'đ',
  Ђ: 'Đ',
  ј: 'j',
  Ј: 'J',
  љ: 'lj',
  Љ: 'Lj',
  њ: 'nj',
  Њ: 'Nj',
  ћ: 'ć',
  Ћ: 'Ć',
  џ: 'dž',
  Џ: 'Dž',
  ѓ: 'г',
  Ѓ: 'Г',
  ќ: 'к',
  Ќ: 'К',
  ѕ: 'dz',
  Ѕ: 'Dz',
  // Arabic-script punctuation (digits are mapped below).
  '\u060c': ',',
  '\u061b': ';',
  '\u066a': '%',
  '\u06d4': '.',
};

const combiningMark = /\p{M}/gu;
const whitespace = /\s/u;

/** One character as printable text: itself, a stand-in, or nothing. */
function printableForm(character: string): string {
  if (printableCharacters.has(character)) return character;
  if (whitespace.test(character)) return ' ';
  const substitute = substitutes[character];
  if (substitute !== undefined) return substitute;
  const code = character.codePointAt(0) ?? 0;
  // Arabic-Indic and Eastern Arabic-Indic (Persian, Urdu) digits.
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  // The letter without its accents (ğ → g, ă stays ă because cp852 has it), or its compatibility
  // form (ﬁ → fi, full-width digits → digits, … → ...).
  const decomposed = character.normalize('NFKD').replace(combiningMark, '');
  if (decomposed !== '' && decomposed !== character && [...decomposed].every((part) => printableCharacters.has(part))) return decomposed;
  // Another script (Arabic, Ethiopic, Chinese…), an emoji or a control character: left out.
  return '';
}

/**
 * Text as the receipt printer can print it: every character is one the receipt code pages have
 * (see code-pages.ts), spaces are plain and single, and nothing becomes a "?" on paper. Letters
 * the pages lack are printed without their accents or as their usual transliteration; other
 * scripts are left out, so the kiosk hands over receipts of such languages in a printable one.
 */
export function toPrintableText(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) result += printableForm(character);
  return result.replace(/ {2,}/g, ' ').trim();
}

/**
 * The characters of `text` that a receipt leaves out (each once, in order of appearance): lets a
 * language file be checked for being printable.
 */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const character of text.normalize('NFC')) {
    if (printableForm(character) === '' && !whitespace.test(character) && substitutes[character] === undefined) missing.add(character);
  }
  return [...missing];
}
