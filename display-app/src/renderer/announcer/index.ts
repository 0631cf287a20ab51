import { abortableDelay } from './abortable-delay.js';
/**
 * The announcer: says every call out loud in the waiting room — a chime, then "Nummer A 42,
 * skranke 3" from recorded clips, optionally repeated in English — one announcement at a time,
 * in order. See README.md in this folder.
 */
import type { AnnouncementRecord, Announcer } from '../announcer-contract.js';
import { clipAvailable, clipUrl, loadVoiceManifest, type VoiceManifest } from './manifest.js';
import {
  commonClips,
  planAnnouncement,
  type AnnouncementPlan,
  type CallToAnnounce,
  type Sentence,
  type VoiceLanguage,
} from './phrase.js';
import { createAudioElementPlayer, createSilentPlayer, type ClipPlayer } from './players.js';
import { createSilentSpeaker, createSpeechSynthesisSpeaker, type Speaker } from './speech.js';

export type { AnnouncementRecord, Announcer } from '../announcer-contract.js';
export type { VoiceManifest } from './manifest.js';
export { loadVoiceManifest, parseVoiceManifest } from './manifest.js';
export type { AnnouncementPlan, CallToAnnounce, PhrasePart, Sentence, TicketToken, VoiceLanguage } from './phrase.js';
export { buildSentence, counterNumber, numberClips, planAnnouncement, splitTicketNumber } from './phrase.js';
export type { ClipPlayer } from './players.js';
export { createAudioElementPlayer, createSilentPlayer } from './players.js';
export type { Speaker } from './speech.js';
export { createSilentSpeaker, createSpeechSynthesisSpeaker } from './speech.js';

/** Pauses and give-up times of an announcement. */
export type AnnouncerTiming = {
  /** Silence between ticket and counter, where a reader pauses at the comma. */
  commaPauseMilliseconds: number;
  /** Silence between the Danish sentence and the second language. */
  languagePauseMilliseconds: number;
  /** How long one clip may take before it counts as failed (a stalled load must not block the queue). */
  clipStallMilliseconds: number;
  /** How long speech may take before the queue moves on: this plus 150 ms per character. */
  speechStallMilliseconds: number;
};

/** The default timing; clips are under 1.2 s, so 8 s means something is wrong. */
export const defaultTiming: AnnouncerTiming = {
  commaPauseMilliseconds: 250,
  languagePauseMilliseconds: 700,
  clipStallMilliseconds: 8000,
  speechStallMilliseconds: 5000,
};

/** Settings of `createAnnouncer`. */
export type AnnouncerOptions = {
  /** A language the call is repeated in after Danish, or none. */
  secondLanguage: 'en' | null;
  /** False: nothing is played or loaded, but every call is still recorded in the test hook. */
  sound: boolean;
  /** Plays clips; default: preloading `HTMLAudioElement`s, or a silent 50 ms player with `?audio=test`. */
  player?: ClipPlayer;
  /** Speaks the fallback; default: `speechSynthesis`, or a silent 50 ms speaker with `?audio=test`. */
  speak?: Speaker;
  /** The voice folder, relative to the page; default `./voice/`. */
  baseUrl?: string;
  /** The clip manifest, or how to load it; default: fetched from `<baseUrl>manifest.json`. Null: unknown, try every clip. */
  manifest?: VoiceManifest | null | (() => Promise<VoiceManifest | null>);
  /** Overrides of `defaultTiming`. */
  timing?: Partial<AnnouncerTiming>;
};

/** How many records the test hook keeps; a display runs for weeks and must not grow without end. */
const keptRecords = 1000;

type HookHost = { __dinturAnnouncements?: AnnouncementRecord[] };

/** Adds a record to `window.__dinturAnnouncements` (`globalThis` is `window` in the browser). */
function recordAnnouncement(record: AnnouncementRecord): void {
  const host = globalThis as typeof globalThis & HookHost;
  host.__dinturAnnouncements ??= [];
  host.__dinturAnnouncements.push(record);
  if (host.__dinturAnnouncements.length > keptRecords) {
    host.__dinturAnnouncements.splice(0, host.__dinturAnnouncements.length - keptRecords);
  }
}

/**
 * Whether the page asks for silent test audio (`?audio=test`): clips and speech take 50 ms each
 * without a sound, so browser tests can count announcements and check they do not overlap.
 */
export function isAudioTestMode(search: string | undefined = globalThis.location?.search): boolean {
  return new URLSearchParams(search ?? '').get('audio') === 'test';
}


/** Settles like `work`, or rejects when `signal` aborts first — so a player that ignores the signal cannot hold the queue. */
function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** What a silent display records: the parts it would have played. */
function plannedParts(plan: AnnouncementPlan): string[] {
  const parts = [plan.chime];
  for (const sentence of plan.sentences) {
    for (const part of sentence.parts) {
      if (part.kind === 'clip') parts.push(part.clip);
      else if (part.kind === 'speech') parts.push(part.text);
    }
  }
  return parts;
}

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'a clip did not finish in time';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates the announcer the display hands every call to. Calls are queued and announced one
 * after the other, never over each other; a failing clip makes that sentence fall back to speech
 * synthesis and never stops later calls. Each announcement is recorded in
 * `window.__dinturAnnouncements` (see `AnnouncementRecord`), also when `sound` is false.
 */
export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const testMode = isAudioTestMode();
  const timing: AnnouncerTiming = { ...defaultTiming, ...options.timing };
  const rawBase = options.baseUrl ?? './voice/';
  const baseUrl = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
  const controller = new AbortController();
  const signal = controller.signal;
  let tail: Promise<void> = Promise.resolve();

  // Nothing is created or fetched for a silent display.
  const player: ClipPlayer | null = options.sound
    ? (options.player ?? (testMode || typeof Audio === 'undefined' ? createSilentPlayer() : createAudioElementPlayer()))
    : null;
  const speak: Speaker = options.speak ?? (testMode ? createSilentSpeaker() : createSpeechSynthesisSpeaker());
  const manifestSource = options.manifest;
  const manifestReady: Promise<VoiceManifest | null> = !options.sound
    ? Promise.resolve(null)
    : typeof manifestSource === 'function'
      ? manifestSource().catch(() => null)
      : manifestSource !== undefined
        ? Promise.resolve(manifestSource)
        : loadVoiceManifest(baseUrl);

  // Warn once per distinct problem: a missing clip would otherwise fill the console every call.
  const warned = new Set<string>();
  const warn = (message: string): void => {
    if (warned.has(message)) return;
    warned.add(message);
    console.warn(`announcer: ${message}`);
  };

  if (player !== null) {
    // Load the chime and common words before the first call, so it starts without delay.
    void manifestReady.then((manifest) => {
      for (const clip of commonClips(options.secondLanguage)) {
        if (clipAvailable(clip, manifest)) player.preload?.(clipUrl(baseUrl, clip, manifest));
      }
    });
  }

  async function playClip(activePlayer: ClipPlayer, clip: string, manifest: VoiceManifest | null): Promise<void> {
    const partSignal = AbortSignal.any([signal, AbortSignal.timeout(timing.clipStallMilliseconds)]);
    await unlessAborted(activePlayer.play(clipUrl(baseUrl, clip, manifest), partSignal), partSignal);
  }

  async function speakText(text: string, language: VoiceLanguage, record: AnnouncementRecord): Promise<void> {
    record.parts.push(text);
    const stall = timing.speechStallMilliseconds + text.length * 150;
    const partSignal = AbortSignal.any([signal, AbortSignal.timeout(stall)]);
    await unlessAborted(speak(text, language, partSignal), partSignal).catch(() => undefined);
  }

  async function saySentence(
    activePlayer: ClipPlayer,
    sentence: Sentence,
    manifest: VoiceManifest | null,
    record: AnnouncementRecord,
  ): Promise<void> {
    const missing = sentence.parts.find((part) => part.kind === 'clip' && !clipAvailable(part.clip, manifest));
    if (missing !== undefined && missing.kind === 'clip') {
      // Half a sentence from clips and half from a synthetic voice is harder to follow than
      // one voice, so the whole sentence is spoken.
      warn(`clip ${missing.clip} is not in the manifest; speaking the ${sentence.language} sentence instead`);
      await speakText(sentence.text, sentence.language, record);
      return;
    }
    try {
      for (const part of sentence.parts) {
        if (part.kind === 'pause') {
          await abortableDelay(timing.commaPauseMilliseconds, signal);
        } else if (part.kind === 'clip') {
          record.parts.push(part.clip);
          await playClip(activePlayer, part.clip, manifest);
        } else {
          await speakText(part.text, part.language, record);
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      // Start the sentence again by speech: the listener may have heard only its first half.
      warn(`${describe(error)}; speaking the ${sentence.language} sentence instead`);
      await speakText(sentence.text, sentence.language, record);
    }
  }

  async function run(call: CallToAnnounce): Promise<void> {
    if (signal.aborted) return;
    const plan = planAnnouncement(call, options.secondLanguage);
    const record: AnnouncementRecord = {
      number: call.number,
      counterName: call.counterName,
      recall: call.recall,
      startedAt: Date.now(),
      finishedAt: null,
      parts: [],
    };
    recordAnnouncement(record);
    try {
      if (player === null) {
        record.parts.push(...plannedParts(plan));
        return;
      }
      const manifest = await unlessAborted(manifestReady, signal);
      for (const sentence of plan.sentences) {
        for (const part of sentence.parts) {
          if (part.kind === 'clip' && clipAvailable(part.clip, manifest)) player.preload?.(clipUrl(baseUrl, part.clip, manifest));
        }
      }
      if (clipAvailable(plan.chime, manifest)) {
        record.parts.push(plan.chime);
        // A chime that fails is skipped, not replaced: the call itself is what matters.
        await playClip(player, plan.chime, manifest).catch((error: unknown) => {
          if (!signal.aborted) warn(`chime: ${describe(error)}`);
        });
      }
      for (const [index, sentence] of plan.sentences.entries()) {
        if (signal.aborted) return;
        if (index > 0) await abortableDelay(timing.languagePauseMilliseconds, signal);
        await saySentence(player, sentence, manifest, record);
      }
    } finally {
      record.finishedAt = Date.now();
    }
  }

  return {
    announce(call) {
      if (signal.aborted) return;
      // Copy the fields now: the caller may reuse or change its object while this call waits.
      const queued: CallToAnnounce = { number: call.number, counterName: call.counterName, recall: call.recall };
      tail = tail
        .then(() => run(queued))
        .catch((error: unknown) => {
          if (!signal.aborted) warn(`announcement of ${queued.number} failed: ${describe(error)}`);
        });
    },
    idle() {
      return tail;
    },
    dispose() {
      controller.abort();
    },
  };
}
