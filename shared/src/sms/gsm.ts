/**
 * The GSM 03.38 alphabet of SMS: 160 characters of it fit one message, where UCS-2 (any other
 * character) would cut a message to 70. Texts are therefore written in, or transliterated to, GSM.
 */

/** The basic set (one septet each); ESC (0x1B) is left out, it introduces the extension table. */
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: each costs two septets (ESC and the character). */
const extension = '^{}\\[~]|€\f';

const basicSet = new Set(basic);
const extensionSet = new Set(extension);

/** Whether a character can be sent in GSM 03.38 (basic set or extension table). */
export const isGsm = (character: string) => basicSet.has(character) || extensionSet.has(character);

/** Letters NFD does not take apart, and punctuation a message may carry from a configuration. */
const letters: Record<string, string> = {
  // Polish
  ł: 'l', Ł: 'L', ą: 'a', Ą: 'A', ę: 'e', Ę: 'E', ś: 's', Ś: 'S', ż: 'z', Ż: 'Z', ź: 'z', Ź: 'Z', ć: 'c', Ć: 'C', ń: 'n', Ń: 'N', ó: 'o', Ó: 'O',
  // Turkish
  ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ı: 'i', İ: 'I', ç: 'c',
  // Other Latin letters without a decomposition
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', œ: 'oe', Œ: 'OE', ŀ: 'l', Ŀ: 'L', ħ: 'h', Ħ: 'H',
  // Typography
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201a': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '«': '"', '»': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2026': '...', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\t': ' ', '·': '-', '•': '-',
};

/**
 * Ukrainian Cyrillic by the official national transliteration (Cabinet of Ministers resolution
 * no. 55 of 2010): Є, Ї, Й, Ю, Я are written Ye, Yi, Y, Yu, Ya at the start of a word and ie, i,
 * i, iu, ia elsewhere; the soft sign and the apostrophe are dropped; "зг" is "zgh".
 */
const ukrainian: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
};
const ukrainianInitial: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const ukrainianApostrophes = new Set(["'", '\u2019', '\u02bc']);
const isCyrillic = (character: string) => /[\u0400-\u04ff]/.test(character);
const isLetter = (character: string | undefined) => character !== undefined && /\p{L}/u.test(character);

function romanise(character: string, previous: string | undefined): string | undefined {
  const lower = character.toLowerCase();
  if (!(lower in ukrainian)) return undefined;
  const initial = !isLetter(previous) && !ukrainianApostrophes.has(previous ?? '');
  let latin = (initial ? ukrainianInitial[lower] : undefined) ?? ukrainian[lower]!;
  if (lower === 'г' && previous?.toLowerCase() === 'з') latin = 'gh';
  if (character === lower || latin === '') return latin;
  return latin[0]!.toUpperCase() + latin.slice(1);
}

/** One character that is not GSM → its GSM spelling, or '' when it has none. */
function transliterate(character: string, previous: string | undefined): string {
  const mapped = letters[character];
  if (mapped !== undefined) return mapped;
  if (isCyrillic(character)) return romanise(character, previous) ?? stripped(character);
  return stripped(character);
}

/** The GSM letters left when the diacritics are taken off ("ř" → "r"); the rest is dropped. */
function stripped(character: string): string {
  return [...character.normalize('NFD')]
    .map((part) => (isGsm(part) ? part : (letters[part] ?? '')))
    .join('');
}

/**
 * A text in GSM 03.38 only: characters of the alphabet are kept (æøå, é, äöü…), Polish, Turkish
 * and other Latin letters lose their diacritics, Ukrainian is romanised, and what is left with no
 * GSM spelling (Arabic script, emoji) is dropped.
 */
export function toGsm(text: string): string {
  const characters = [...text];
  let result = '';
  for (const [position, character] of characters.entries()) {
    // An apostrophe inside a Ukrainian word only marks a sound; the romanisation drops it.
    const inUkrainianWord = isCyrillic(characters[position - 1] ?? '') && isCyrillic(characters[position + 1] ?? '');
    if (ukrainianApostrophes.has(character) && inUkrainianWord) continue;
    result += isGsm(character) ? character : transliterate(character, characters[position - 1]);
  }
  return result;
}

/** The length of a GSM text in septets: extension characters (€, [, ], {, }, ~, |, ^, \) count two. */
export function gsmLength(text: string): number {
  let length = 0;
  for (const character of text) length += extensionSet.has(character) ? 2 : 1;
  return length;
}

/** Whether every character of `text` is in GSM 03.38. */
export const isGsmText = (text: string) => [...text].every(isGsm);
