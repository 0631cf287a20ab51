import type { VoiceManifest } from './manifest.js';
import type { ClipPlayer } from './players.js';
import type { Speaker } from './speech.js';

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
