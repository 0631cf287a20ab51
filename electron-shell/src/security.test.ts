import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asSession, asWebContents, FakeEvent, FakeSession, FakeWebContents, ipcEventFrom } from './testing/fake-electron.js';
import { denyAllPermissions, isTrustedSender, sameOrigin, samePage, secureWebContents, type AllowedUrls } from './security.js';

// Electron's binary cannot run here: web contents and sessions are fakes that emit Electron's events.
const kioskPage = 'file:///opt/dintur-kiosk/resources/app.asar/dist/renderer/index.html';
const server = 'http://server:8080';

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function securedContents(allows: AllowedUrls): FakeWebContents {
  const contents = new FakeWebContents();
  secureWebContents(asWebContents(contents), allows, 'kiosk');
  return contents;
}

function navigate(contents: FakeWebContents, eventName: 'will-navigate' | 'will-redirect', url: string): FakeEvent {
  const event = new FakeEvent(url);
  contents.emit(eventName, event, url);
  return event;
}

type OpenDetails = Parameters<NonNullable<FakeWebContents['windowOpenHandler']>>[0];
const openDetails = (url: string): OpenDetails => ({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } });

describe('samePage (the kiosk page from disk)', () => {
  it('is the renderer file itself, with any query or fragment, and nothing else', () => {
    const allows = samePage(kioskPage);
    expect(allows(`${kioskPage}?lang=ar`)).toBe(true);
    expect(allows(`${kioskPage}#services`)).toBe(true);
    expect(allows('file:///etc/passwd')).toBe(false);
    expect(allows('file:///opt/dintur-kiosk/resources/app.asar/dist/renderer/other.html')).toBe(false);
    expect(allows('https://www.borger.dk/')).toBe(false);
    expect(allows('not a url')).toBe(false);
  });
});

describe('sameOrigin (the display on the centre server)', () => {
  it('compares scheme, host and port', () => {
    const allows = sameOrigin(server);
    expect(allows('http://server:8080/display?units=a')).toBe(true);
    expect(allows('https://server:8080/display')).toBe(false);
    expect(allows('http://server:9090/display')).toBe(false);
    expect(allows('http://server.evil.example:8080/')).toBe(false);
    expect(allows('data:text/html,hello')).toBe(false);
    expect(allows('not a url')).toBe(false);
  });
});

describe('secureWebContents', () => {
  it('lets the page reload itself or move within what is allowed', () => {
    expect(navigate(securedContents(samePage(kioskPage)), 'will-navigate', `${kioskPage}?lang=da`).defaultPrevented).toBe(false);
    const onServer = securedContents(sameOrigin(server));
    expect(navigate(onServer, 'will-navigate', 'http://server:8080/display/other').defaultPrevented).toBe(false);
    expect(navigate(onServer, 'will-redirect', 'http://server:8080/display').defaultPrevented).toBe(false);
  });

  it('refuses navigation and redirects to another origin or another file, and says so', () => {
    const contents = securedContents(sameOrigin(server));
    expect(navigate(contents, 'will-navigate', 'https://www.borger.dk/').defaultPrevented).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://elsewhere:8080/').defaultPrevented).toBe(true);
    expect(navigate(securedContents(samePage(kioskPage)), 'will-redirect', 'file:///home/kiosk/').defaultPrevented).toBe(true);
    expect(console.warn).toHaveBeenCalledWith('kiosk: blocked navigation to https://www.borger.dk/');
  });

  it('denies every window.open, even one on an allowed page', () => {
    const handler = securedContents(sameOrigin(server)).windowOpenHandler;
    for (const url of ['https://www.mitid.dk/', 'http://server:8080/display']) {
      expect(handler?.(openDetails(url))).toEqual({ action: 'deny' });
    }
  });

  it('refuses webviews', () => {
    const contents = securedContents(samePage(kioskPage));
    const attach = new FakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request, check and device request with no: neither page needs one', () => {
    const session = new FakeSession();
    denyAllPermissions(asSession(session), 'display');
    for (const permission of ['media', 'notifications', 'geolocation', 'fullscreen', 'hid', 'serial'] as const) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(asWebContents(new FakeWebContents()), permission, callback, { isMainFrame: true, requestingUrl: `${server}/display` });
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler?.(null, 'media', server, { isMainFrame: true, requestingUrl: server })).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'hid', '', {} as never)).toBe(false);
    expect(session.devicePermissionHandler?.({} as never)).toBe(false);
    expect(console.warn).toHaveBeenCalledWith('display: denied permission "media"');
  });
});

describe('isTrustedSender', () => {
  it('trusts only a frame on an allowed page', () => {
    expect(isTrustedSender(ipcEventFrom(kioskPage), samePage(kioskPage))).toBe(true);
    expect(isTrustedSender(ipcEventFrom('http://server:8080/display'), sameOrigin(server))).toBe(true);
    expect(isTrustedSender(ipcEventFrom('https://evil.example/'), samePage(kioskPage))).toBe(false);
    expect(isTrustedSender(ipcEventFrom('https://example.com/'), sameOrigin(server))).toBe(false);
  });

  it('does not trust a frame that is gone', () => {
    expect(isTrustedSender(ipcEventFrom(null), sameOrigin(server))).toBe(false);
  });
});
