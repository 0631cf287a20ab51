/**
 * Generates the starter set of announcement clips for the waiting-room display with espeak-ng and
 * sox, and writes voice/manifest.json, which tells the announcer which clips exist.
 *
 *   npx tsx display-app/scripts/generate-voice.ts                  create missing clips, rewrite the manifest
 *   npx tsx display-app/scripts/generate-voice.ts --force          regenerate every clip (overwrites drop-ins!)
 *   npx tsx display-app/scripts/generate-voice.ts --manifest-only  only rewrite the manifest from the files present
 *   npx tsx display-app/scripts/generate-voice.ts --out DIR        write elsewhere (default: src/renderer/public/voice)
 *
 * Existing clips are kept unless --force, so a centre's professional recordings dropped in under
 * the same names survive a re-run. Names and layout: src/renderer/announcer/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const usage = `usage: generate-voice.ts [--force] [--manifest-only] [--out DIR]`;

/** A clip to synthesise: its folder (language), name, the espeak-ng voice and the text. */
type ClipSpecification = { language: 'da' | 'en'; name: string; voice: string; text: string };

/**
 * Mono Ogg Vorbis at 22.05 kHz (espeak-ng's own rate, so nothing is resampled): Chromium and
 * Electron play it, and at quality 2 a clip is about 6–8 KB, some 2 MB for the whole set.
 */
const sampleRate = '22050';
const vorbisQuality = '2';
/** Words per minute; espeak-ng's default of 175 is too hurried for a noisy waiting room. */
const wordsPerMinute = '145';

/**
 * Formats a drop-in recording may have, in order of preference when two files share a name; the
 * generated .ogg is last so a professional recording in another format wins without deleting it.
 */
const extensions = ['wav', 'mp3', 'm4a', 'flac', 'opus', 'ogg'];

const espeakVoices = { da: 'da', en: 'en-gb' } as const;
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const numbers = [...Array.from({ length: 100 }, (_, index) => index), 100, 200, 300, 400, 500, 600, 700, 800, 900];

/** Every spoken clip of the starter set. The names are the contract with announcer/phrase.ts. */
function clipSpecifications(): ClipSpecification[] {
  const words = {
    da: ['nummer', 'skranke', 'igen', 'og'],
    en: ['number', 'counter', 'again', 'and'],
  } as const;
  const specifications: ClipSpecification[] = [];
  for (const language of ['da', 'en'] as const) {
    const voice = espeakVoices[language];
    for (const word of words[language]) specifications.push({ language, name: word, voice, text: word });
    // espeak-ng reads a lone capital as its letter name: "B" is "be" in Danish, "bee" in English.
    for (const letter of letters) specifications.push({ language, name: `letter-${letter.toLowerCase()}`, voice, text: letter });
    // Numerals are read as whole words: 42 is "toogfyrre", 100 "et hundrede".
    for (const number of numbers) specifications.push({ language, name: `n-${number}`, voice, text: String(number) });
  }
  return specifications;
}

function clipExists(fileWithoutExtension: string): boolean {
  return extensions.some((extension) => existsSync(`${fileWithoutExtension}.${extension}`));
}

function run(command: string, argumentList: string[]): void {
  execFileSync(command, argumentList, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function requireTool(command: string, install: string): void {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error(`${command} is required (${install})`);
    process.exit(1);
  }
}

function synthesise(specification: ClipSpecification, target: string, workFolder: string): void {
  const raw = path.join(workFolder, 'raw.wav');
  run('espeak-ng', ['-v', specification.voice, '-s', wordsPerMinute, '-w', raw, specification.text]);
  // Trim espeak's leading and trailing silence so clips join without long gaps (the announcer
  // adds its own pauses), keep 20 ms / 40 ms of air so soft consonants are not cut, and
  // normalise so every clip is equally loud.
  run('sox', [
    raw, '-r', sampleRate, '-c', '1', '-C', vorbisQuality, `${target}.ogg`,
    'silence', '1', '0.01', '0.1%', 'reverse', 'silence', '1', '0.01', '0.1%', 'reverse',
    'pad', '0.02', '0.04', 'norm', '-3',
  ]);
}

/**
 * A soft two-tone "ding-dong" (G5 then E5, each with a quiet octave for a bell-like colour, and a
 * long fade so it decays like a bell), about 0.85 s, quieter than speech so it draws attention
 * without startling.
 */
function synthesiseChime(target: string, workFolder: string): void {
  const tone = (file: string, seconds: number, hertz: number, fadeOut: number): void => {
    const fundamental = path.join(workFolder, 'fundamental.wav');
    const octave = path.join(workFolder, 'octave.wav');
    run('sox', ['-n', '-r', sampleRate, '-c', '1', fundamental, 'synth', String(seconds), 'sine', String(hertz)]);
    run('sox', ['-n', '-r', sampleRate, '-c', '1', octave, 'synth', String(seconds), 'sine', String(hertz * 2)]);
    run('sox', ['-m', '-v', '0.8', fundamental, '-v', '0.2', octave, file, 'fade', 'h', '0.01', '-0', String(fadeOut)]);
  };
  const high = path.join(workFolder, 'high.wav');
  const low = path.join(workFolder, 'low.wav');
  const lowLate = path.join(workFolder, 'low-late.wav');
  tone(high, 0.55, 784, 0.45);
  tone(low, 0.6, 659, 0.5);
  run('sox', [low, lowLate, 'pad', '0.25', '0']);
  run('sox', ['-m', high, lowLate, '-C', vorbisQuality, `${target}.ogg`, 'norm', '-11']);
}

/** Writes manifest.json from the files present: one file per clip name, by format preference. */
function writeManifest(outputFolder: string): number {
  const clips: Record<string, string> = {};
  for (const language of ['da', 'en']) {
    const folder = path.join(outputFolder, language);
    const files = existsSync(folder) ? readdirSync(folder) : [];
    const chosen = new Map<string, string>();
    for (const extension of extensions) {
      for (const file of files.filter((candidate) => candidate.endsWith(`.${extension}`)).sort()) {
        const name = file.slice(0, -(extension.length + 1));
        const existing = chosen.get(name);
        if (existing !== undefined) {
          console.warn(`warning: ${language}/${name} exists in several formats; using ${existing}`);
          continue;
        }
        chosen.set(name, file);
      }
    }
    const names = [...chosen.keys()].sort((left, right) => left.localeCompare(right, 'en', { numeric: true }));
    for (const name of names) clips[`${language}/${name}`] = `${language}/${chosen.get(name) ?? ''}`;
  }
  writeFileSync(path.join(outputFolder, 'manifest.json'), `${JSON.stringify({ version: 1, clips }, null, 2)}\n`);
  return Object.keys(clips).length;
}

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      'manifest-only': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const scriptFolder = path.dirname(fileURLToPath(import.meta.url));
  const outputFolder = path.resolve(values.out ?? path.join(scriptFolder, '../src/renderer/public/voice'));

  if (!values['manifest-only']) {
    requireTool('espeak-ng', 'apt-get install espeak-ng');
    requireTool('sox', 'apt-get install sox libsox-fmt-all');
    const workFolder = mkdtempSync(path.join(tmpdir(), 'dintur-voice-'));
    let created = 0;
    let kept = 0;
    try {
      for (const language of ['da', 'en']) mkdirSync(path.join(outputFolder, language), { recursive: true });
      const chime = path.join(outputFolder, 'da', 'chime');
      if (!values.force && clipExists(chime)) kept += 1;
      else {
        synthesiseChime(chime, workFolder);
        created += 1;
      }
      for (const specification of clipSpecifications()) {
        const target = path.join(outputFolder, specification.language, specification.name);
        if (!values.force && clipExists(target)) {
          kept += 1;
          continue;
        }
        synthesise(specification, target, workFolder);
        created += 1;
      }
    } finally {
      rmSync(workFolder, { recursive: true, force: true });
    }
    process.stdout.write(`clips created: ${created}, kept: ${kept}\n`);
  }
  const count = writeManifest(outputFolder);
  process.stdout.write(`manifest: ${count} clips, ${(folderBytes(outputFolder) / 1024 / 1024).toFixed(2)} MB in ${outputFolder}\n`);
}

main();
