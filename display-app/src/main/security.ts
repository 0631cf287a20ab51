import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';

/** Whether `url` belongs to `serverOrigin` (scheme, host and port); unparsable URLs do not. */
export function isSameOrigin(url: string, serverOrigin: string): boolean {
  try {
    return new URL(url).origin === serverOrigin;
  } catch {
    return false;
  }
}

/**
 * Keeps a web contents on the centre server: navigation and redirects elsewhere are stopped,
 * new windows and embedded webviews are refused. A kiosk has no address bar, so any page it
 * leaves for is a page nobody can leave again.
 */
export function secureWebContents(contents: WebContents, serverOrigin: string): void {
  const stayOnServer = (event: { preventDefault(): void }, url: string): void => {
    if (isSameOrigin(url, serverOrigin)) return;
    event.preventDefault();
    console.warn(`display: blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => stayOnServer(event, event.url));
  contents.on('will-redirect', (event) => stayOnServer(event, event.url));
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`display: blocked a new window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Denies every permission (camera, microphone, notifications, …): a display only shows and
 * plays sound, which needs none. The check handler answers the synchronous queries the same way.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`display: denied permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/**
 * Whether an IPC request comes from a frame of the centre server. The preload runs in every
 * frame the window shows, so an answer is only given to the server's own pages.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, serverOrigin: string): boolean {
  const frame = event.senderFrame;
  // A frame that has navigated away or been destroyed cannot be checked, so it is not trusted.
  if (!frame) return false;
  return isSameOrigin(frame.url, serverOrigin);
}
