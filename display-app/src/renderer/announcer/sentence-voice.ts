import type { AnnouncementRecord } from '../announcer-contract.js';
import { abortableDelay } from './abortable-delay.js';
import { clipAvailable, clipUrl, type VoiceManifest } from './manifest.js';
import type { AnnouncerTiming } from './options.js';
import type { Sentence, VoiceLanguage } from './phrase.js';
import type { ClipPlayer } from './players.js';
import type { Speaker } from './speech.js';

/** Settles like `work`, or rejects when `signal` aborts first — so a player that ignores the signal cannot hold the queue. */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'a clip did not finish in time';
  return error instanceof Error ? error.message : String(error);
}

type VoiceSetup = {
  baseUrl: string;
  timing: AnnouncerTiming;
  /** Aborts when the announcer is disposed. */
  signal: AbortSignal;
  speak: Speaker;
  /** Warns once per distinct problem. */
  warn(message: string): void;
};

/**
 * How one sentence is said: from recorded clips with the comma's pause, each clip given up on
 * when it stalls; and by speech synthesis when a clip is missing or fails. Every part said is
 * added to the announcement's record.
 */
export function createSentenceVoice({ baseUrl, timing, signal, speak, warn }: VoiceSetup) {
  async function playClip(player: ClipPlayer, clip: string, manifest: VoiceManifest | null): Promise<void> {
    const partSignal = AbortSignal.any([signal, AbortSignal.timeout(timing.clipStallMilliseconds)]);
    await unlessAborted(player.play(clipUrl(baseUrl, clip, manifest), partSignal), partSignal);
  }

  async function speakText(text: string, language: VoiceLanguage, record: AnnouncementRecord): Promise<void> {
    record.parts.push(text);
    const stall = timing.speechStallMilliseconds + text.length * 150;
    const partSignal = AbortSignal.any([signal, AbortSignal.timeout(stall)]);
    await unlessAborted(speak(text, language, partSignal), partSignal).catch(() => undefined);
  }

  async function saySentence(player: ClipPlayer, sentence: Sentence, manifest: VoiceManifest | null, record: AnnouncementRecord): Promise<void> {
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
          await playClip(player, part.clip, manifest);
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

  return { playClip, saySentence };
}
