import { afterEach, describe, expect, it, vi } from 'vitest';
import { asSession, asWebContents, FakeEvent, FakeSession, FakeWebContents, ipcEventFrom } from './testing/fake-electron.js';
import { denyAllPermissions, isSameOrigin, isTrustedSender, secureWebContents } from './security.js';

const server = 'http://server:8080';

afterEach(() => {
  vi.restoreAllMocks();
});

function securedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  secureWebContents(asWebContents(contents), server);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: 'will-navigate' | 'will-redirect', url: string): FakeEvent {
  const event = new FakeEvent(url);
  contents.emit(eventName, event, url);
  return event;
}

describe('isSameOrigin', () => {
  it('compares scheme, host and port', () => {
    expect(isSameOrigin('http://server:8080/display?units=a', server)).toBe(true);
    expect(isSameOrigin('https://server:8080/display', server)).toBe(false);
    expect(isSameOrigin('http://server:9090/display', server)).toBe(false);
    expect(isSameOrigin('http://server.evil.example:8080/', server)).toBe(false);
    expect(isSameOrigin('not a url', server)).toBe(false);
  });
});

describe('secureWebContents', () => {
  it('lets the page move within the server', () => {
    const contents = securedContents();
    expect(navigate(contents, 'will-navigate', 'http://server:8080/display/other').defaultPrevented).toBe(false);
    expect(navigate(contents, 'will-redirect', 'http://server:8080/display').defaultPrevented).toBe(false);
  });

  it('stops navigation and redirects to any other origin', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const contents = securedContents();
    expect(navigate(contents, 'will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://elsewhere:8080/').defaultPrevented).toBe(true);
  });

  it('denies every new window, even one on the server', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = securedContents().windowOpenHandler;
    for (const url of ['https://example.com/', 'http://server:8080/display']) {
      expect(handler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } })).toEqual({
        action: 'deny',
      });
    }
  });

  it('refuses webviews', () => {
    const contents = securedContents();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const session = new FakeSession();
    denyAllPermissions(asSession(session));
    for (const permission of ['media', 'notifications', 'geolocation', 'fullscreen'] as const) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(asWebContents(new FakeWebContents()), permission, callback, {
        isMainFrame: true,
        requestingUrl: 'http://server:8080/display',
      });
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.permissionCheckHandler?.(null, 'media', server, { isMainFrame: true, requestingUrl: server })).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames from the server', () => {
    expect(isTrustedSender(ipcEventFrom('http://server:8080/display'), server)).toBe(true);
    expect(isTrustedSender(ipcEventFrom('https://example.com/'), server)).toBe(false);
    expect(isTrustedSender(ipcEventFrom('data:text/html,hello'), server)).toBe(false);
  });

  it('does not trust a frame that is gone', () => {
    expect(isTrustedSender(ipcEventFrom(null), server)).toBe(false);
  });
});
