// Electron's binary cannot run here: the window is a fake that emits Electron's events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asBrowserWindow, FakeBrowserWindow, FakeEvent } from './testing/fake-electron.js';
import { defaultRecoveryTiming, keepRendererAlive } from './recovery.js';

let window: FakeBrowserWindow;
let load: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  window = new FakeBrowserWindow();
  load = vi.fn<() => void>();
  keepRendererAlive(asBrowserWindow(window), load, { appName: 'display' });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function crash(reason = 'crashed'): void {
  window.webContents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
}

function failLoad(errorCode = -102, isMainFrame = true): void {
  window.webContents.emit('did-fail-load', new FakeEvent(), errorCode, 'ERR_CONNECTION_REFUSED', 'http://server:8080/display', isMainFrame);
}

/** The wait between a crash and the reload it causes. */
function reloadDelayAfterCrash(): number {
  const loadsBefore = load.mock.calls.length;
  crash();
  let waited = 0;
  while (load.mock.calls.length === loadsBefore) {
    if (waited > 120_000) throw new Error('no reload within two minutes of a crash');
    vi.advanceTimersByTime(100);
    waited += 100;
  }
  return waited;
}

describe('keepRendererAlive', () => {
  it('reloads the page a second after the renderer crashes, and says why', () => {
    crash();
    vi.advanceTimersByTime(999);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(console.warn).toHaveBeenCalledWith('display: the renderer is gone (crashed); loading the page again in 1 s');
  });

  it('waits twice as long after each crash in a row, up to half a minute', () => {
    const delays = Array.from({ length: 7 }, () => reloadDelayAfterCrash());
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('starts the backoff afresh once the page has lived a minute without crashing', () => {
    reloadDelayAfterCrash();
    reloadDelayAfterCrash();
    vi.advanceTimersByTime(defaultRecoveryTiming.stableAfterMs);
    expect(reloadDelayAfterCrash()).toBe(1_000);
  });

  it('kills a renderer that stays hung, so the crash reload takes over', () => {
    window.emit('unresponsive');
    vi.advanceTimersByTime(defaultRecoveryTiming.unresponsiveGraceMs);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    crash('killed');
    vi.advanceTimersByTime(1_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves a renderer alone that recovers by itself', () => {
    window.emit('unresponsive');
    vi.advanceTimersByTime(defaultRecoveryTiming.unresponsiveGraceMs - 1);
    window.emit('responsive');
    vi.advanceTimersByTime(60_000);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  it('tries every five seconds while the page cannot be loaded', () => {
    failLoad();
    vi.advanceTimersByTime(5_000);
    expect(load).toHaveBeenCalledTimes(1);
    failLoad();
    vi.advanceTimersByTime(5_000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again when the server answers with a server error', () => {
    window.webContents.emit('did-navigate', new FakeEvent(), 'http://server:8080/display', 503, 'Service Unavailable');
    vi.advanceTimersByTime(5_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not retry a page that loaded, an aborted load or a failed subframe', () => {
    window.webContents.emit('did-navigate', new FakeEvent(), 'http://server:8080/display', 200, 'OK');
    failLoad(-3);
    failLoad(-102, false);
    vi.advanceTimersByTime(60_000);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once when a crash and a failed load come together', () => {
    crash();
    failLoad();
    vi.advanceTimersByTime(60_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing once the window is closed', () => {
    crash();
    window.destroyed = true;
    window.emit('closed');
    crash();
    vi.advanceTimersByTime(60_000);
    expect(load).not.toHaveBeenCalled();
  });
});

describe('keepRendererAlive with other timing', () => {
  it('uses the timing it is given', () => {
    const other = new FakeBrowserWindow();
    const otherLoad = vi.fn<() => void>();
    keepRendererAlive(asBrowserWindow(other), otherLoad, { appName: 'kiosk', timing: { ...defaultRecoveryTiming, firstCrashDelayMs: 250 } });
    other.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 1 });
    vi.advanceTimersByTime(250);
    expect(otherLoad).toHaveBeenCalledTimes(1);
  });
});
