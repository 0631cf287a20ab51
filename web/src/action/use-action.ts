import { useCallback, useEffect, useRef, useState } from 'react';
import { citizenErrorMessage, staffErrorMessage } from '@dintur/shared';
import { asApiError } from '../api/api-error.js';
import { useLatest } from '../hooks/use-latest.js';
import { useAnnounce, type Announce } from './announcer.js';

/** Who reads the error: staff (Danish) or a citizen in their language (shared/src/error-messages.ts). */
export type Reader = { staff: true } | { citizen: string };

/** The sentence for a failed action, never the server's own words: a lost connection or a refusal's code. */
export function errorSentence(error: unknown, reader: Reader = { staff: true }): string {
  const { code } = asApiError(error);
  return 'citizen' in reader ? citizenErrorMessage(code, reader.citizen) : staffErrorMessage(code);
}

export type ActionOptions<Result> = {
  /** What to say politely when it worked (nothing when it returns undefined). */
  done?: (result: Result) => string | undefined;
  reader?: Reader;
  /** The app's own sentence for a failure it knows better (a 404 that means "no such booking"); undefined: the shared one. */
  sentence?: (error: unknown) => string | undefined;
  /** Also say the failure aloud (assertive), for a screen that does not show it in a role="alert" of its own. */
  announceError?: boolean;
};

type Hooks = { setBusy(busy: boolean): void; setError(error: string | null): void; announce: Announce; isCurrent(): boolean };

/**
 * Runs one action: busy while it runs, the failure as a sentence, the success said politely.
 * Gives the result, or undefined when it failed (the error is then set). Apart from React, so
 * it is tested without a browser.
 */
export async function runAction<Result>(action: () => Promise<Result>, options: ActionOptions<Result>, hooks: Hooks): Promise<Result | undefined> {
  hooks.setBusy(true);
  hooks.setError(null);
  try {
    const result = await action();
    if (!hooks.isCurrent()) return result;
    const said = options.done?.(result);
    if (said) hooks.announce(said);
    return result;
  } catch (error) {
    if (!hooks.isCurrent()) return undefined;
    const sentence = options.sentence?.(error) ?? errorSentence(error, options.reader);
    hooks.setError(sentence);
    if (options.announceError) hooks.announce(sentence, { assertive: true });
    return undefined;
  } finally {
    if (hooks.isCurrent()) hooks.setBusy(false);
  }
}

export type Action<Args extends unknown[], Result> = {
  run(...args: Args): Promise<Result | undefined>;
  busy: boolean;
  /** The last failure's sentence, until the next run or `clearError`. */
  error: string | null;
  clearError(): void;
};

/**
 * A button's action: `const save = useAction((draft) => api.call(…), { done: () => 'Gemt' })`,
 * then `disabled={save.busy}`, `{save.error && <p role="alert">{save.error}</p>}`. A page left
 * while it runs sets nothing afterwards.
 */
export function useAction<Args extends unknown[], Result>(action: (...args: Args) => Promise<Result>, options: ActionOptions<Result> = {}): Action<Args, Result> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const announce = useAnnounce();
  const mounted = useRef(true);
  // The latest action and options, so `run` stays the same function across renders.
  const latest = useLatest({ action, options });
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    (...args: Args) => runAction(() => latest.current.action(...args), latest.current.options, { setBusy, setError, announce, isCurrent: () => mounted.current }),
    [announce, latest],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
