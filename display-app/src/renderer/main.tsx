import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAnnouncer } from './announcer/index.js';
import { findDisplayBridge } from './config/bridge.js';
import { apiBase, readDisplaySettings } from './config/display-settings.js';
import { createDisplayStore } from './live/display-store.js';
import { startDisplayHeartbeat } from './live/heartbeat.js';
import { DisplayScreen, MisconfiguredScreen } from './screen/display-screen.js';

/**
 * The display page: settings from the Electron shell's bridge when there is one (else from the
 * URL), then the live store, the announcer and the screen.
 */
async function startDisplay(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  let bridgeConfig: unknown;
  const bridge = findDisplayBridge();
  if (bridge) {
    try {
      bridgeConfig = await bridge.getConfig();
    } catch (error) {
      root.render(<MisconfiguredScreen problems={[`config: ${error instanceof Error ? error.message : String(error)}`]} />);
      return;
    }
  }
  const result = readDisplaySettings(window.location.search, bridgeConfig);
  if (!result.ok) {
    root.render(<MisconfiguredScreen problems={result.problems} />);
    return;
  }
  const { settings } = result;
  const announcer = createAnnouncer({ secondLanguage: settings.config.secondLanguage, sound: settings.config.sound });
  const store = createDisplayStore(settings, announcer);
  // A display named in the configuration tells the server it is alive, so going dark is noticed.
  if (settings.config.displayId) startDisplayHeartbeat({ base: apiBase(settings.config, window.location.origin), displayId: settings.config.displayId });
  root.render(
    <StrictMode>
      <DisplayScreen store={store} settings={settings} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void startDisplay(container);
else console.error('display: the page has no #root element');
