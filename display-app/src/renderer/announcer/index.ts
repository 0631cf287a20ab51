/**
 * The announcer: says every call out loud in the waiting room — a chime, then "Nummer A 42,
 * skranke 3" from recorded clips, optionally repeated in English — one announcement at a time,
 * in order. See README.md in this folder.
 */
import type { AnnouncementRecord, Announcer } from '../announcer-contract.js';
import { abortableDelay } from './abortable-delay.js';
import { clipAvailable, clipUrl, loadVoiceManifest, type VoiceManifest } from './manifest.js';
import { defaultTiming, type AnnouncerOptions, type AnnouncerTiming } from './options.js';
import { commonClips, planAnnouncement, type CallToAnnounce } from './phrase.js';
import { createAudioElementPlayer, createSilentPlayer, type ClipPlayer } from './players.js';
import { createSentenceVoice, describe, unlessAborted } from './sentence-voice.js';
import { createSilentSpeaker, createSpeechSynthesisSpeaker, type Speaker } from './speech.js';
import { isAudioTestMode, plannedParts, recordAnnouncement } from './test-hook.js';

export type { AnnouncementRecord, Announcer } from '../announcer-contract.js';
export type { AnnouncerOptions, AnnouncerTiming } from './options.js';
export { defaultTiming } from './options.js';
export { isAudioTestMode } from './test-hook.js';
export type { VoiceManifest } from './manifest.js';
export { loadVoiceManifest, parseVoiceManifest } from './manifest.js';
export type { AnnouncementPlan, CallToAnnounce, PhrasePart, Sentence, TicketToken, VoiceLanguage } from './phrase.js';
export { buildSentence, counterNumber, numberClips, planAnnouncement, splitTicketNumber } from './phrase.js';
export type { ClipPlayer } from './players.js';
export { createAudioElementPlayer, createSilentPlayer } from './players.js';
export type { Speaker } from './speech.js';
export { createSilentSpeaker, createSpeechSynthesisSpeaker } from './speech.js';

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

  const { playClip, saySentence } = createSentenceVoice({ baseUrl, timing, signal, speak, warn });

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
