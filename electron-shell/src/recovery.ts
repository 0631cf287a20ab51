import type { BrowserWindow } from 'electron';

/** How quickly the shell tries again; tests shorten nothing, they move a fake clock. */
export type RecoveryTiming = {
  /** Wait before the first reload after a renderer crash; doubled for each crash in a row. */
  firstCrashDelayMs: number;
  /** The longest wait between crash reloads, so a screen recovers within this once fixed. */
  maximumCrashDelayMs: number;
  /** A renderer that lived this long since the last crash starts the backoff afresh. */
  stableAfterMs: number;
  /** Wait between attempts to load the page while it cannot be loaded (server down, files replaced). */
  loadRetryMs: number;
  /** How long a hung renderer gets to recover by itself before it is killed and reloaded. */
  unresponsiveGraceMs: number;
};

export const defaultRecoveryTiming: RecoveryTiming = {
  firstCrashDelayMs: 1_000,
  maximumCrashDelayMs: 30_000,
  stableAfterMs: 60_000,
  loadRetryMs: 5_000,
  unresponsiveGraceMs: 5_000,
};

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure to retry. */
const abortedLoadErrorCode = -3;

/**
 * Keeps an app's page showing without anyone at the screen: reloads after a renderer crash (with
 * a doubling wait, so a page that crashes at once does not spin), kills and reloads a hung
 * renderer, and retries every few seconds while the page cannot be loaded or its server answers
 * with an error (a display PC often boots before the server). `load` loads the page; `appName`
 * names the app in the console's warnings.
 */
export function keepRendererAlive(
  window: BrowserWindow,
  load: () => void,
  options: { appName: string; timing?: RecoveryTiming },
): void {
  const timing = options.timing ?? defaultRecoveryTiming;
  const contents = window.webContents;
  let pendingReload: ReturnType<typeof setTimeout> | undefined;
  let hangTimer: ReturnType<typeof setTimeout> | undefined;
  let crashesInARow = 0;
  let lastCrashAt = Number.NEGATIVE_INFINITY;

  // One reload at a time: a crash and a failed load together must not load the page twice.
  const reloadAfter = (delayMs: number, reason: string): void => {
    if (pendingReload !== undefined) return;
    console.warn(`${options.appName}: ${reason}; loading the page again in ${delayMs / 1000} s`);
    pendingReload = setTimeout(() => {
      pendingReload = undefined;
      if (!window.isDestroyed()) load();
    }, delayMs);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return;
    const now = Date.now();
    if (now - lastCrashAt >= timing.stableAfterMs) crashesInARow = 0;
    lastCrashAt = now;
    const delayMs = Math.min(timing.firstCrashDelayMs * 2 ** crashesInARow, timing.maximumCrashDelayMs);
    crashesInARow += 1;
    reloadAfter(delayMs, `the renderer is gone (${details.reason})`);
  });

  window.on('unresponsive', () => {
    if (hangTimer !== undefined) return;
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      // Killing it raises render-process-gone, which reloads with the crash backoff; a plain
      // reload would be queued behind the hung page.
      if (!window.isDestroyed()) contents.forcefullyCrashRenderer();
    }, timing.unresponsiveGraceMs);
  });
  window.on('responsive', () => {
    clearTimeout(hangTimer);
    hangTimer = undefined;
  });

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedUrl, isMainFrame) => {
    if (!isMainFrame || errorCode === abortedLoadErrorCode) return;
    reloadAfter(timing.loadRetryMs, `could not load ${validatedUrl} (${errorDescription})`);
  });

  // A proxy's 502 or the server's "not built" 503 is a page that loaded, but not the app.
  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    if (httpResponseCode >= 500) reloadAfter(timing.loadRetryMs, `${url} answered ${httpResponseCode}`);
  });

  window.on('closed', () => {
    clearTimeout(pendingReload);
    clearTimeout(hangTimer);
  });
}
