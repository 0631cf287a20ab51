import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { findKioskBridge } from './config/bridge.js';
import { readKioskSettings } from './config/kiosk-settings.js';
import { createKioskStore } from './live/kiosk-store.js';
import { createTicketPrinter } from './printing/ticket-printer.js';
import { createScanSource } from './scanner/scan-source.js';
import { KioskApp } from './screens/kiosk-app.js';
import { MisconfiguredScreen } from './screens/misconfigured-screen.js';

/**
 * The kiosk page: settings from the Electron shell's bridge when there is one (else from the
 * URL), then the live store, the printer, the scanners and the screens.
 */
async function startKiosk(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const bridge = findKioskBridge();
  let bridgeConfig: unknown;
  if (bridge) {
    try {
      bridgeConfig = await bridge.getConfig();
    } catch (error) {
      root.render(<MisconfiguredScreen problems={[`config: ${error instanceof Error ? error.message : String(error)}`]} />);
      return;
    }
  }
  const result = readKioskSettings(window.location.search, window.location.origin, bridgeConfig);
  if (!result.ok) {
    root.render(<MisconfiguredScreen problems={result.problems} />);
    return;
  }
  const { settings } = result;
  const store = createKioskStore({ apiBase: settings.apiBase });
  const printer = createTicketPrinter({ apiBase: settings.apiBase, kioskId: settings.kioskId, bridge, shellPrinter: settings.shellPrinter });
  printer.startHeartbeat();
  const scans = createScanSource(bridge);
  root.render(
    <StrictMode>
      <KioskApp settings={settings} store={store} printer={printer} scans={scans} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void startKiosk(container);
else console.error('kiosk: the page has no #root element');
