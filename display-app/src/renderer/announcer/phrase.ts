/**
 * Turns a call into what is said: which clips, in which order, and the same sentence as text for
 * the speech-synthesis fallback. Pure, so it is unit-tested without audio.
 */

/** The languages the announcer has clips and sentence rules for; Danish always comes first. */
export type VoiceLanguage = 'da' | 'en';

/**
 * One step of a sentence: a recorded clip by name (`da/n-42`, resolved to a file through the
 * manifest), a text for speech synthesis (a counter name with no number), or the short silence a
 * reader leaves at the comma between ticket and counter.
 */
export type PhrasePart =
  | { kind: 'clip'; clip: string }
  | { kind: 'speech'; text: string; language: VoiceLanguage }
  | { kind: 'pause' };

/** One language's sentence, as clips and as plain text (used whole when a clip is missing or fails). */
export type Sentence = { language: VoiceLanguage; parts: PhrasePart[]; text: string };

/** A whole announcement: the chime clip, then one sentence per language. */
export type AnnouncementPlan = { chime: string; sentences: Sentence[] };

/** The part of a call the announcer needs (the same fields the contract passes). */
export type CallToAnnounce = { number: string; counterName: string; recall: boolean };

/** The clip name of the chime; it lives with the Danish clips so a centre has one folder to replace. */
export const chimeClip = 'da/chime';

/** The words each language has clips for, by role; the clip name is the word itself. */
const words = {
  da: { number: 'nummer', counter: 'skranke', again: 'igen', and: 'og' },
  en: { number: 'number', counter: 'counter', again: 'again', and: 'and' },
} as const satisfies Record<VoiceLanguage, Record<'number' | 'counter' | 'again' | 'and', string>>;

/** A ticket number split into what is said: each letter by name, each run of digits as a number. */
export type TicketToken = { kind: 'letter'; letter: string } | { kind: 'digits'; digits: string };

/**
 * Splits a ticket number such as "A42" or "AB105" into letters and digit runs. Spaces, hyphens
 * and dots are skipped (a centre may print "A-42"). Returns null for anything else (say "Æ1"),
 * which has no clips and is therefore spoken by speech synthesis.
 */
export function splitTicketNumber(number: string): TicketToken[] | null {
  const tokens: TicketToken[] = [];
  for (const match of number.matchAll(/[A-Za-z]|\d+|[\s.-]+|./gu)) {
    const piece = match[0];
    if (/^[A-Za-z]$/u.test(piece)) tokens.push({ kind: 'letter', letter: piece.toLowerCase() });
    else if (/^\d+$/u.test(piece)) tokens.push({ kind: 'digits', digits: piece });
    else if (!/^[\s.-]+$/u.test(piece)) return null;
  }
  return tokens.length > 0 ? tokens : null;
}

/**
 * The clips and text of a number. 0–99 are one clip each (Danish numbers are single words:
 * 42 = "toogfyrre"); 100–999 are the hundreds clip, then "og"/"and" and the rest
 * (105 = "ethundrede og fem"); numbers of 1000 and more, and numbers written with a leading zero
 * ("007"), are read digit by digit, as people read long or padded numbers aloud.
 */
export function numberClips(digits: string, language: VoiceLanguage): { clips: string[]; text: string } {
  const value = Number(digits);
  const padded = digits.length > 1 && digits.startsWith('0');
  if (padded || value >= 1000) {
    return { clips: [...digits].map((digit) => `${language}/n-${digit}`), text: [...digits].join(' ') };
  }
  if (value < 100) return { clips: [`${language}/n-${value}`], text: String(value) };
  const hundreds = Math.floor(value / 100) * 100;
  const rest = value % 100;
  const clips = [`${language}/n-${hundreds}`];
  if (rest > 0) clips.push(`${language}/${words[language].and}`, `${language}/n-${rest}`);
  return { clips, text: String(value) };
}

/**
 * The number at the end of a counter name ("Skranke 10" → "10"), which is announced as
 * "skranke 10" whatever the name's first word; null when the name does not end in a number
 * ("Reception"), in which case the name itself is spoken by speech synthesis.
 */
export function counterNumber(counterName: string): string | null {
  return /(\d+)\s*$/u.exec(counterName)?.[1] ?? null;
}

/** The sentence text's opening words, capitalised for speech synthesis. */
const sentenceWords = {
  da: { number: 'nummer', counter: 'skranke', again: 'Igen' },
  en: { number: 'number', counter: 'counter', again: 'Again' },
} as const satisfies Record<VoiceLanguage, Record<'number' | 'counter' | 'again', string>>;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds one language's sentence: "Nummer A 42, skranke 3" / "Number A 42, counter 3". A recall
 * starts with "Igen" / "Again" so a citizen who heard the first call knows this is the same one
 * repeated, not a new number (and the number itself still comes after the attention word).
 */
export function buildSentence(call: CallToAnnounce, language: VoiceLanguage): Sentence {
  const said = sentenceWords[language];
  const tokens = splitTicketNumber(call.number);
  const ticketClips: string[] = [];
  const ticketTexts: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind === 'letter') {
      ticketClips.push(`${language}/letter-${token.letter}`);
      ticketTexts.push(token.letter.toUpperCase());
    } else {
      const spoken = numberClips(token.digits, language);
      ticketClips.push(...spoken.clips);
      ticketTexts.push(spoken.text);
    }
  }
  const ticketText = tokens === null ? call.number : ticketTexts.join(' ');

  const counterDigits = counterNumber(call.counterName);
  const counterSpoken = counterDigits === null ? null : numberClips(counterDigits, language);
  const counterText = counterSpoken === null ? call.counterName.trim() : `${said.counter} ${counterSpoken.text}`;

  const opening = call.recall ? `${said.again}: ${said.number}` : capitalise(said.number);
  const text = `${opening} ${ticketText}, ${counterText}`;

  if (tokens === null) {
    // No clips can say this ticket number; speak the whole sentence rather than half of it.
    return { language, parts: [{ kind: 'speech', text, language }], text };
  }

  const parts: PhrasePart[] = [];
  if (call.recall) parts.push({ kind: 'clip', clip: `${language}/${words[language].again}` });
  parts.push({ kind: 'clip', clip: `${language}/${words[language].number}` });
  for (const clip of ticketClips) parts.push({ kind: 'clip', clip });
  parts.push({ kind: 'pause' });
  if (counterSpoken === null) {
    parts.push({ kind: 'speech', text: counterText, language });
  } else {
    parts.push({ kind: 'clip', clip: `${language}/${words[language].counter}` });
    for (const clip of counterSpoken.clips) parts.push({ kind: 'clip', clip });
  }
  return { language, parts, text };
}

/** Plans a whole announcement: the chime, the Danish sentence, then the second language if any. */
export function planAnnouncement(call: CallToAnnounce, secondLanguage: 'en' | null): AnnouncementPlan {
  const languages: VoiceLanguage[] = secondLanguage === null ? ['da'] : ['da', secondLanguage];
  return { chime: chimeClip, sentences: languages.map((language) => buildSentence(call, language)) };
}

/** Every clip name a plan may play, chime first, for preloading and for checking the manifest. */
export function planClips(plan: AnnouncementPlan): string[] {
  const clips = [plan.chime];
  for (const sentence of plan.sentences) {
    for (const part of sentence.parts) if (part.kind === 'clip') clips.push(part.clip);
  }
  return clips;
}

/** The clips every announcement uses, worth loading before the first call. */
export function commonClips(secondLanguage: 'en' | null): string[] {
  const languages: VoiceLanguage[] = secondLanguage === null ? ['da'] : ['da', secondLanguage];
  return [chimeClip, ...languages.flatMap((language) => [`${language}/${words[language].number}`, `${language}/${words[language].counter}`])];
}
