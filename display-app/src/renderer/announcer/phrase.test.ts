import { describe, expect, it } from 'vitest';
import generatedManifest from '../public/voice/manifest.json';
import { parseVoiceManifest } from './manifest.js';
import { buildSentence, counterNumber, numberClips, planAnnouncement, planClips, splitTicketNumber, type PhrasePart } from './phrase.js';

/** A part as it reads in a test: a clip name, a spoken text in brackets, or a comma. */
function show(part: PhrasePart): string {
  if (part.kind === 'clip') return part.clip;
  if (part.kind === 'speech') return `[${part.language}: ${part.text}]`;
  return ',';
}

function danish(number: string, counterName = 'Skranke 3', recall = false): string[] {
  return buildSentence({ number, counterName, recall }, 'da').parts.map(show);
}

describe('Danish sentence', () => {
  it('says A1 as a letter and a one-clip number', () => {
    expect(danish('A1')).toEqual(['da/nummer', 'da/letter-a', 'da/n-1', ',', 'da/skranke', 'da/n-3']);
  });

  it('says A42 with the whole Danish number "toogfyrre" as one clip', () => {
    expect(danish('A42')).toEqual(['da/nummer', 'da/letter-a', 'da/n-42', ',', 'da/skranke', 'da/n-3']);
    expect(buildSentence({ number: 'A42', counterName: 'Skranke 3', recall: false }, 'da').text).toBe('Nummer A 42, skranke 3');
  });

  it('says B7 and K99', () => {
    expect(danish('B7').slice(1, 3)).toEqual(['da/letter-b', 'da/n-7']);
    expect(danish('K99').slice(1, 3)).toEqual(['da/letter-k', 'da/n-99']);
  });

  it('says AB105 as two letters and "ethundrede og fem"', () => {
    expect(danish('AB105')).toEqual(['da/nummer', 'da/letter-a', 'da/letter-b', 'da/n-100', 'da/og', 'da/n-5', ',', 'da/skranke', 'da/n-3']);
    expect(buildSentence({ number: 'AB105', counterName: 'Skranke 3', recall: false }, 'da').text).toBe('Nummer A B 105, skranke 3');
  });

  it('says the number of counter "Skranke 10"', () => {
    expect(danish('A1', 'Skranke 10').slice(-2)).toEqual(['da/skranke', 'da/n-10']);
  });

  it('speaks a counter name without a number, "Reception", by speech synthesis', () => {
    expect(danish('A1', 'Reception')).toEqual(['da/nummer', 'da/letter-a', 'da/n-1', ',', '[da: Reception]']);
    expect(buildSentence({ number: 'A1', counterName: 'Reception', recall: false }, 'da').text).toBe('Nummer A 1, Reception');
  });

  it('starts a recall with "igen"', () => {
    expect(danish('A42', 'Skranke 3', true).slice(0, 2)).toEqual(['da/igen', 'da/nummer']);
    expect(buildSentence({ number: 'A42', counterName: 'Skranke 3', recall: true }, 'da').text).toBe('Igen: nummer A 42, skranke 3');
  });

  it('speaks the whole sentence when the ticket number has characters without clips', () => {
    const sentence = buildSentence({ number: 'Æ1', counterName: 'Skranke 3', recall: false }, 'da');
    expect(sentence.parts).toEqual([{ kind: 'speech', text: 'Nummer Æ1, skranke 3', language: 'da' }]);
  });
});

describe('English sentence', () => {
  it('says "Number A 42, counter 3" from English clips', () => {
    const sentence = buildSentence({ number: 'A42', counterName: 'Skranke 3', recall: false }, 'en');
    expect(sentence.parts.map(show)).toEqual(['en/number', 'en/letter-a', 'en/n-42', ',', 'en/counter', 'en/n-3']);
    expect(sentence.text).toBe('Number A 42, counter 3');
  });

  it('follows Danish in the plan only when a second language is set', () => {
    const call = { number: 'A42', counterName: 'Skranke 3', recall: false };
    expect(planAnnouncement(call, null).sentences.map((sentence) => sentence.language)).toEqual(['da']);
    expect(planAnnouncement(call, 'en').sentences.map((sentence) => sentence.language)).toEqual(['da', 'en']);
    expect(planClips(planAnnouncement(call, 'en'))[0]).toBe('da/chime');
  });
});

describe('numbers and names', () => {
  it('joins hundreds and the rest with "og"', () => {
    expect(numberClips('100', 'da').clips).toEqual(['da/n-100']);
    expect(numberClips('120', 'da').clips).toEqual(['da/n-100', 'da/og', 'da/n-20']);
    expect(numberClips('999', 'en').clips).toEqual(['en/n-900', 'en/and', 'en/n-99']);
  });

  it('reads 1000 and more, and padded numbers, digit by digit', () => {
    expect(numberClips('1005', 'da')).toEqual({ clips: ['da/n-1', 'da/n-0', 'da/n-0', 'da/n-5'], text: '1 0 0 5' });
    expect(numberClips('007', 'da').clips).toEqual(['da/n-0', 'da/n-0', 'da/n-7']);
    expect(numberClips('0', 'da').clips).toEqual(['da/n-0']);
  });

  it('splits ticket numbers, skipping separators', () => {
    expect(splitTicketNumber('AB105')).toEqual([
      { kind: 'letter', letter: 'a' },
      { kind: 'letter', letter: 'b' },
      { kind: 'digits', digits: '105' },
    ]);
    expect(splitTicketNumber('a-42')).toEqual([
      { kind: 'letter', letter: 'a' },
      { kind: 'digits', digits: '42' },
    ]);
    expect(splitTicketNumber('A#1')).toBeNull();
    expect(splitTicketNumber('')).toBeNull();
  });

  it('takes the counter number from the end of the name', () => {
    expect(counterNumber('Skranke 3')).toBe('3');
    expect(counterNumber('Skranke 10 ')).toBe('10');
    expect(counterNumber('Reception')).toBeNull();
    expect(counterNumber('3A')).toBeNull();
  });
});

describe('the generated clip set', () => {
  it('has every clip any ticket A1–ZZ999 at counters 1–99 needs, in both languages', () => {
    const manifest = parseVoiceManifest(generatedManifest);
    expect(manifest).not.toBeNull();
    const missing = new Set<string>();
    const check = (number: string, counterName: string, recall: boolean): void => {
      for (const clip of planClips(planAnnouncement({ number, counterName, recall }, 'en'))) {
        if (manifest?.clips[clip] === undefined) missing.add(clip);
      }
    };
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') check(`${letter}Z1`, 'Skranke 1', true);
    for (let number = 0; number < 1000; number += 1) check(`A${number}`, `Skranke ${number % 100}`, false);
    check('A1234', 'Skranke 1', false);
    expect([...missing]).toEqual([]);
  });
});
