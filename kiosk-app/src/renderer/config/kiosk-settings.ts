import { issuesOf, KioskConfig } from '@dintur/shared';
import { findLanguage, languages } from '../i18n/languages.js';

/** Everything the kiosk needs to know about itself. */
export type KioskSettings = {
  /** Names this kiosk to the server (device status, statistics, its network printer). */
  kioskId: string;
  /** The language the kiosk starts in, and returns to for the next citizen. */
  defaultLanguage: string;
  /** Where the API is, ending in "/": the configured server, or the page's own origin. */
  apiBase: string;
  /** Whether the Electron shell drives a printer itself (otherwise the server prints, if it can). */
  shellPrinter: boolean;
};

export type SettingsResult = { ok: true; settings: KioskSettings } | { ok: false; problems: string[] };

/** The kiosk of the demo configuration, used when the URL names none. */
export const defaultKioskId = 'reception-1';
const defaultLanguage = 'da';

/**
 * Reads the settings. In the Electron shell they come from its validated config file through the
 * bridge (`bridgeConfig`); in a plain browser from the URL: `/kiosk/?kiosk=reception-1&lang=da`.
 * The language may be given in the URL in both cases (the shell loads the page without one).
 */
export function readKioskSettings(search: string, pageOrigin: string, bridgeConfig?: unknown): SettingsResult {
  const query = new URLSearchParams(search);
  const problems: string[] = [];

  const parsed = KioskConfig.safeParse(bridgeConfig ?? { kioskId: query.get('kiosk') || defaultKioskId });
  if (!parsed.success) {
    for (const issue of issuesOf(parsed.error, { root: 'config' })) {
      problems.push(`${bridgeConfig === undefined && issue.path === 'kioskId' ? 'kiosk' : issue.path}: ${issue.message}`);
    }
  }

  const lang = query.get('lang') || defaultLanguage;
  if (!findLanguage(lang)) problems.push(`lang: one of ${languages.map((language) => language.code).join(', ')}, not "${lang}"`);

  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      kioskId: parsed.data.kioskId,
      defaultLanguage: lang,
      apiBase: apiBase(parsed.data.serverUrl, pageOrigin),
      shellPrinter: bridgeConfig !== undefined && parsed.data.printer !== null,
    },
  };
}

/**
 * The base URL every API path is resolved against: the configured server (the shell's page is a
 * file, with no origin of its own), or the page's own origin (the server serves /kiosk).
 */
export function apiBase(serverUrl: string, pageOrigin: string): string {
  const server = serverUrl || pageOrigin;
  // A trailing slash keeps a path prefix (http://host/dintur) instead of replacing it.
  return server.endsWith('/') ? server : `${server}/`;
}
