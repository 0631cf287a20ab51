import { DisplayConfig, issuesOf } from '@dintur/shared';

/** Everything the screen needs to know about itself: the shared DisplayConfig plus page-only settings. */
export type DisplaySettings = {
  config: DisplayConfig;
  /** The line of text the centre sets ("Husk at tage nummer ved indgangen"), or empty. */
  noticeText: string;
  /** The server's heartbeat interval; the watchdog allows 2.5 times this much silence. */
  heartbeatSeconds: number;
  /** Whether the waiting count and estimate per service are shown. */
  showQueues: boolean;
};

export type SettingsResult = { ok: true; settings: DisplaySettings } | { ok: false; problems: string[] };

const defaultHeartbeatSeconds = 15;
const maxNoticeLength = 200;

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * Reads the settings from the page's query string
 * (`?units=a,b&counters=x,y&second=en&sound=0&id=waiting-room&server=http://…&text=…&heartbeat=15&queues=0`).
 * When the Electron shell gives a config through its bridge, that config wins over the URL's
 * zone and server (one source of truth per display); the page-only settings still come from the URL.
 */
export function readDisplaySettings(search: string, bridgeConfig?: unknown): SettingsResult {
  const query = new URLSearchParams(search);
  const problems: string[] = [];

  const fromUrl = {
    serverUrl: query.get('server') ?? '',
    unitIds: list(query.get('units')),
    counterIds: list(query.get('counters')),
    secondLanguage: query.get('second') || null,
    sound: !['0', 'false', 'off', 'no'].includes((query.get('sound') ?? '').toLowerCase()),
    ...(query.get('id') && { displayId: query.get('id') }),
  };
  const parsed = DisplayConfig.safeParse(bridgeConfig ?? fromUrl);
  if (!parsed.success) {
    for (const issue of issuesOf(parsed.error, { root: 'config' })) problems.push(`${issue.path}: ${issue.message}`);
  }

  const heartbeatText = query.get('heartbeat');
  const heartbeatSeconds = heartbeatText === null ? defaultHeartbeatSeconds : Number(heartbeatText);
  if (!Number.isFinite(heartbeatSeconds) || heartbeatSeconds <= 0) problems.push(`heartbeat: a number of seconds above 0, not "${heartbeatText}"`);

  if (!parsed.success || problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      config: parsed.data,
      // Plain text only (rendered as text, never as HTML) and bounded, so a long URL cannot push the calls off screen.
      noticeText: (query.get('text') ?? '').trim().slice(0, maxNoticeLength),
      heartbeatSeconds,
      showQueues: query.get('queues') !== '0',
    },
  };
}

/**
 * The base URL every API path is resolved against: the configured server, or the page's own
 * origin (the usual case: the server serves this page at /display).
 */
export function apiBase(config: DisplayConfig, pageOrigin: string): string {
  const server = config.serverUrl || pageOrigin;
  // A trailing slash keeps a path prefix (http://host/dintur) instead of replacing it.
  return server.endsWith('/') ? server : `${server}/`;
}
