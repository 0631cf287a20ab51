import { abortableDelay, abortError } from './abortable-delay.js';
/**
 * Clip players: play one clip URL and resolve when it has ended. The announcer never plays two at
 * once, so a player needs no queue of its own.
 */

/**
 * Plays one clip. `play` resolves when the clip has ended and rejects when it cannot be played
 * (missing file, decode error, autoplay refused) or when `signal` aborts (the announcer gave up
 * waiting, or the display is closing) — after an abort the clip must be silent. `preload` is a
 * hint that a clip will be played soon.
 */
export type ClipPlayer = {
  play(url: string, signal: AbortSignal): Promise<void>;
  preload?(url: string): void;
};

/** How many audio elements the default player keeps loaded; Chromium caps media elements per page. */
const cachedElements = 64;


/**
 * The default player: one preloaded `HTMLAudioElement` per clip, reused, with the least recently
 * used dropped past 64. `createElement` is injectable so the behaviour is unit-tested without a
 * DOM.
 */
export function createAudioElementPlayer(createElement: () => HTMLAudioElement = () => new Audio()): ClipPlayer {
  const elements = new Map<string, HTMLAudioElement>();

  function elementFor(url: string): HTMLAudioElement {
    const cached = elements.get(url);
    if (cached !== undefined && cached.error === null) {
      // Re-insert so the map's order is least recently used first.
      elements.delete(url);
      elements.set(url, cached);
      return cached;
    }
    // A cached element that failed (a 404 while preloading) is replaced, so a clip fixed on
    // the server is picked up without reloading the display.
    const element = createElement();
    element.preload = 'auto';
    element.src = url;
    elements.set(url, element);
    while (elements.size > cachedElements) {
      const oldest = elements.keys().next().value;
      if (oldest === undefined) break;
      elements.get(oldest)?.removeAttribute('src');
      elements.delete(oldest);
    }
    return element;
  }

  return {
    preload(url) {
      elementFor(url);
    },
    play(url, signal) {
      if (signal.aborted) return Promise.reject(abortError());
      const element = elementFor(url);
      return new Promise<void>((resolve, reject) => {
        let settled = false;
        const finish = (error: Error | null): void => {
          if (settled) return;
          settled = true;
          element.removeEventListener('ended', onEnded);
          element.removeEventListener('error', onError);
          signal.removeEventListener('abort', onAbort);
          if (error === null) resolve();
          else reject(error);
        };
        const onEnded = (): void => finish(null);
        const onError = (): void => {
          elements.delete(url);
          finish(new Error(`Clip could not be played: ${url}`));
        };
        const onAbort = (): void => {
          element.pause();
          finish(abortError());
        };
        element.addEventListener('ended', onEnded);
        element.addEventListener('error', onError);
        signal.addEventListener('abort', onAbort);
        element.currentTime = 0;
        element.play().catch((error: unknown) => {
          // play() also rejects when our own pause() interrupts it; that element is fine to keep.
          if (!signal.aborted) elements.delete(url);
          finish(error instanceof Error ? error : new Error(`Clip could not be played: ${url}`));
        });
      });
    },
  };
}

/**
 * A player that makes no sound and "plays" every clip for a fixed time (`?audio=test`), so
 * browser tests can count announcements and check they never overlap without audio hardware.
 */
export function createSilentPlayer(milliseconds = 50): ClipPlayer {
  return { play: (_url, signal) => abortableDelay(milliseconds, signal, 'reject') };
}
