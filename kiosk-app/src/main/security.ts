import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';

/** Whether `url` is the kiosk page itself (any query or fragment), not another file or site. */
export function isKioskPage(url: string, pageUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const page = new URL(pageUrl);
    return candidate.protocol === page.protocol && candidate.host === page.host && candidate.pathname === page.pathname;
  } catch {
    return false;
  }
}

/**
 * Keeps a web contents on the kiosk page: navigation and redirects anywhere else (another file,
 * a website a QR code names) are stopped, new windows and embedded webviews refused. A kiosk has
 * no address bar, so any page it leaves for is a page nobody can leave again.
 */
export function secureWebContents(contents: WebContents, pageUrl: string): void {
  const stayOnPage = (event: { preventDefault(): void }, url: string): void => {
    if (isKioskPage(url, pageUrl)) return;
    event.preventDefault();
    console.warn(`kiosk: blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => stayOnPage(event, event.url));
  contents.on('will-redirect', (event) => stayOnPage(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`kiosk: blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Denies every permission (camera, microphone, notifications, HID, serial, …): the page needs
 * none. Scanners are read by the main process, printers driven by it; the page only asks.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`kiosk: denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Whether an IPC request comes from the kiosk page. The preload runs in every frame the window
 * shows, so print and config are only answered to the page itself.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, pageUrl: string): boolean {
  const frame = event.senderFrame;
  // A frame that has navigated away or been destroyed cannot be checked, so it is not trusted.
  if (!frame) return false;
  return isKioskPage(frame.url, pageUrl);
}
