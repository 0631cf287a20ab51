/** The error a cancelled clip rejects with, as the browser's own media APIs name it. */
export function abortError(): DOMException {
  return new DOMException('The clip was stopped.', 'AbortError');
}

/**
 * Waits `milliseconds`, or stops waiting when `signal` aborts: then it resolves, or rejects with
 * an AbortError when `onAbort` is 'reject' (a clip that was cut off did not play).
 */
export function abortableDelay(milliseconds: number, signal: AbortSignal, onAbort: 'resolve' | 'reject' = 'resolve'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const stop = (): void => (onAbort === 'reject' ? reject(abortError()) : resolve());
    if (signal.aborted) return stop();
    if (milliseconds <= 0) return resolve();
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', aborted);
      resolve();
    }, milliseconds);
    const aborted = (): void => {
      clearTimeout(timer);
      stop();
    };
    signal.addEventListener('abort', aborted, { once: true });
  });
}
