import { afterEach, describe, expect, it, vi } from 'vitest';
import { asSession, asWebContents, FakeEvent, FakeSession, FakeWebContents, ipcEventFrom } from './testing/fake-electron.js';
import { denyAllPermissions, isKioskPage, isTrustedSender, secureWebContents } from './security.js';

// Electron's binary cannot run here: web contents and sessions are fakes that emit Electron's events.
const page = 'file:///opt/dintur-kiosk/resources/app.asar/dist/renderer/index.html';

afterEach(() => {
  vi.restoreAllMocks();
});

function securedContents(): FakeWebContents {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const contents = new FakeWebContents();
  secureWebContents(asWebContents(contents), page);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: 'will-navigate' | 'will-redirect', url: string): FakeEvent {
  const event = new FakeEvent(url);
  contents.emit(eventName, event, url);
  return event;
}

describe('isKioskPage', () => {
  it('is the renderer file itself, with any query or fragment', () => {
    expect(isKioskPage(`${page}?lang=ar`, page)).toBe(true);
    expect(isKioskPage(`${page}#services`, page)).toBe(true);
    expect(isKioskPage('file:///etc/passwd', page)).toBe(false);
    expect(isKioskPage('file:///opt/dintur-kiosk/resources/app.asar/dist/renderer/other.html', page)).toBe(false);
    expect(isKioskPage('https://www.borger.dk/', page)).toBe(false);
    expect(isKioskPage('not a url', page)).toBe(false);
  });
});

describe('secureWebContents', () => {
  it('lets the page reload itself', () => {
    expect(navigate(securedContents(), 'will-navigate', `${page}?lang=da`).defaultPrevented).toBe(false);
  });

  it('stops navigation and redirects to anywhere else (a website, another file)', () => {
    const contents = securedContents();
    expect(navigate(contents, 'will-navigate', 'https://www.borger.dk/').defaultPrevented).toBe(true);
    expect(navigate(contents, 'will-redirect', 'file:///home/kiosk/').defaultPrevented).toBe(true);
  });

  it('refuses new windows and webviews', () => {
    const contents = securedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://www.mitid.dk' } as Parameters<NonNullable<FakeWebContents['windowOpenHandler']>>[0])).toEqual({
      action: 'deny',
    });
    const attach = new FakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request, check and device', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const session = new FakeSession();
    denyAllPermissions(asSession(session));
    const callback = vi.fn();
    session.permissionRequestHandler?.(asWebContents(new FakeWebContents()), 'media', callback, {} as never);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler?.(null, 'hid', '', {} as never)).toBe(false);
    expect(session.devicePermissionHandler?.({} as never)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the kiosk page', () => {
    expect(isTrustedSender(ipcEventFrom(page), page)).toBe(true);
    expect(isTrustedSender(ipcEventFrom('https://evil.example/'), page)).toBe(false);
    expect(isTrustedSender(ipcEventFrom(null), page)).toBe(false);
  });
});
