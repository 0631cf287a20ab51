import { abortableDelay } from './abortable-delay.js';
/**
 * Speakers: the speech-synthesis fallback for a sentence no clip can say (a counter called
 * "Reception", a missing or broken clip).
 */
import type { VoiceLanguage } from './phrase.js';

/**
 * Speaks a text in a language and resolves when done. It never rejects: speech is the last
 * resort, so there is nothing to fall back to. When `signal` aborts it stops speaking and resolves.
 */
export type Speaker = (text: string, language: VoiceLanguage, signal: AbortSignal) => Promise<void>;

/** BCP 47 tags set on the utterance, so the browser picks a fitting voice when we find none. */
const languageTags: Record<VoiceLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * Utterances being spoken. Chromium may garbage-collect an utterance nobody references before its
 * `end` event fires, which would leave the announcement waiting until its stall timeout.
 */
const speaking = new Set<SpeechSynthesisUtterance>();

function pickVoice(synthesis: SpeechSynthesis, language: VoiceLanguage): SpeechSynthesisVoice | null {
  const voices = synthesis.getVoices().filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith(language));
  const exact = voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === languageTags[language].toLowerCase());
  // Prefer a local voice: a network voice fails exactly when the centre's internet is down.
  return exact ?? voices.find((voice) => voice.localService) ?? voices[0] ?? null;
}

/**
 * The default speaker: the browser's `speechSynthesis`, with a Danish (or English) voice if the
 * system has one. Resolves at once when speech synthesis is unavailable (Electron on Linux
 * without speech-dispatcher has no voices at all), so the queue goes on.
 */
export function createSpeechSynthesisSpeaker(
  synthesis: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): Speaker {
  return (text, language, signal) => {
    if (synthesis === undefined || typeof SpeechSynthesisUtterance === 'undefined' || signal.aborted) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = languageTags[language];
      utterance.voice = pickVoice(synthesis, language);
      // A little slower than default: announcements are heard across a noisy room.
      utterance.rate = 0.9;
      const finish = (): void => {
        speaking.delete(utterance);
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        synthesis.cancel();
        finish();
      };
      utterance.addEventListener('end', finish);
      utterance.addEventListener('error', finish);
      signal.addEventListener('abort', onAbort);
      speaking.add(utterance);
      // Clears an utterance left stuck by an earlier abort (the announcer is the page's only
      // speaker); only when needed, as some Chromium versions drop a speak() right after cancel().
      if (synthesis.speaking || synthesis.pending) synthesis.cancel();
      synthesis.speak(utterance);
    });
  };
}

/** A speaker that makes no sound and takes a fixed time (`?audio=test`, unit tests). */
export function createSilentSpeaker(milliseconds = 50): Speaker {
  return (_text, _language, signal) => abortableDelay(milliseconds, signal);
}
