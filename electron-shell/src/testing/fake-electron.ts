import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions, IpcMainInvokeEvent, Session, WebContents } from 'electron';

/**
 * Stand-ins for the parts of Electron the shells use, for the tests of electron-shell, the kiosk
 * and the display. Electron is mocked because its binary cannot run here: it is downloaded on
 * first run, which the build machines cannot do, and `require('electron')` from Node tries to. So
 * main-process and preload modules are tested with `vi.mock('electron', () => createFakeElectron())`
 * and these fakes, which emit events as Electron would; everything else in those tests is real.
 */

type WindowOpenHandler = Parameters<WebContents['setWindowOpenHandler']>[0];
type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
type DevicePermissionHandler = NonNullable<Parameters<Session['setDevicePermissionHandler']>[0]>;
type IpcHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** An event a listener may cancel, as Electron passes to will-navigate and friends. */
export class FakeEvent {
  defaultPrevented = false;

  constructor(readonly url = '') {}

  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly setVisualZoomLevelLimits = vi.fn((_minimum: number, _maximum: number) => Promise.resolve());
  readonly setZoomLevel = vi.fn((_level: number) => undefined);
  readonly forcefullyCrashRenderer = vi.fn();
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  /** What main sent to the page, channel and arguments. */
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
}

export class FakeBrowserWindow extends EventEmitter {
  /** Every window made since the fake was created, newest last. */
  static readonly made: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly setMenuBarVisibility = vi.fn();
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly restore = vi.fn();
  readonly focus = vi.fn();

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    FakeBrowserWindow.made.push(this);
  }
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  devicePermissionHandler: DevicePermissionHandler | undefined;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler | null) => {
    this.permissionRequestHandler = handler ?? undefined;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler | null) => {
    this.permissionCheckHandler = handler ?? undefined;
  });
  readonly setDevicePermissionHandler = vi.fn((handler: DevicePermissionHandler | null) => {
    this.devicePermissionHandler = handler ?? undefined;
  });
}

/** A module shaped like `electron` for `vi.mock`; each call gives fresh fakes. */
export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((_name: string) => '/nonexistent/user-data'),
    commandLine: { appendSwitch: vi.fn() },
  });
  const ipcHandlers = new Map<string, IpcHandler>();
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    Menu: { setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    session: { defaultSession: new FakeSession() },
    powerSaveBlocker: { start: vi.fn((_type: string) => 7) },
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: IpcHandler) => {
        ipcHandlers.set(channel, handler);
      }),
    },
    contextBridge: { exposeInMainWorld: vi.fn((_key: string, _api: unknown) => undefined) },
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>(undefined)),
    }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

// The fakes implement only what the shells use, so they are handed to the code under test as the
// real types in one place, here.
/** The fake as the BrowserWindow the shell's modules expect. */
export function asBrowserWindow(window: FakeBrowserWindow): BrowserWindow {
  return window as unknown as BrowserWindow;
}

/** The fake as the WebContents the shell's modules expect. */
export function asWebContents(contents: FakeWebContents): WebContents {
  return contents as unknown as WebContents;
}

/** The fake as the Session the shell's modules expect. */
export function asSession(session: FakeSession): Session {
  return session as unknown as Session;
}

/** An IPC event from a frame at `url`, or from a frame that is gone (`null`). */
export function ipcEventFrom(url: string | null): IpcMainInvokeEvent {
  return { senderFrame: url === null ? null : { url } } as unknown as IpcMainInvokeEvent;
}
