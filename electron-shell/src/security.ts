import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';

/**
 * Which URLs a shell's page may be at. The kiosk's page is one file on disk (`samePage`); the
 * display's is the centre server (`sameOrigin`). Navigation, IPC answers and nothing else are
 * decided by it.
 */
export type AllowedUrls = (url: string) => boolean;

/** Only `pageUrl` itself (scheme, host and path; any query or fragment), not another file or site. */
export function samePage(pageUrl: string): AllowedUrls {
  const page = new URL(pageUrl);
  return (url) => {
    const candidate = parseUrl(url);
    return candidate !== undefined && candidate.protocol === page.protocol && candidate.host === page.host && candidate.pathname === page.pathname;
  };
}

/** Any page of `origin` (scheme, host and port), e.g. the centre server's. */
export function sameOrigin(origin: string): AllowedUrls {
  return (url) => parseUrl(url)?.origin === origin;
}

/**
 * Keeps a web contents where `allows` says: navigation and redirects anywhere else (another file,
 * a website a QR code names) are stopped, new windows and embedded webviews refused. A shell has
 * no address bar, so any page it leaves for is a page nobody can leave again. `appName` names the
 * app in the console's warnings.
 */
export function secureWebContents(contents: WebContents, allows: AllowedUrls, appName: string): void {
  const stayOnPage = (event: { preventDefault(): void }, url: string): void => {
    if (allows(url)) return;
    event.preventDefault();
    console.warn(`${appName}: blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => stayOnPage(event, event.url));
  contents.on('will-redirect', (event) => stayOnPage(event, event.url));
  // Even a window on an allowed page: it would open over the app with no way to close it.
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`${appName}: blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Denies every permission (camera, microphone, notifications, HID, serial, …): neither page needs
 * one. Scanners are read and printers driven by the main process, the page only asks; a display
 * only shows and plays sound, which needs no permission. The check and device handlers answer the
 * synchronous queries the same way.
 */
export function denyAllPermissions(session: Session, appName: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`${appName}: denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Whether an IPC request comes from an allowed page. The preload runs in every frame the window
 * shows, so main answers only the app's own page.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, allows: AllowedUrls): boolean {
  const frame = event.senderFrame;
  // A frame that has navigated away or been destroyed cannot be checked, so it is not trusted.
  if (!frame) return false;
  return allows(frame.url);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
