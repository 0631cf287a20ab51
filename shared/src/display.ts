import { z } from 'zod';
import { DeviceId } from './device-config.js';

/**
 * A wall display's settings: which server it follows and which calls it shows. Read from the
 * Electron shell's config file, or from the URL of `/display` in a plain browser
 * (`/display?units=pension-care&counters=po-7,po-8&second=en`).
 */
export const DisplayConfig = z.object({
  /** Where the centre server is; empty means the page's own origin. */
  serverUrl: z.url({ protocol: /^https?$/ }).or(z.literal('')).default(''),
  /** A zone: only calls to these units' or counters' counters are shown (both empty: all). */
  unitIds: z.array(z.string().min(1)).default([]),
  counterIds: z.array(z.string().min(1)).default([]),
  /** A second language the call is repeated in after Danish, or none. */
  secondLanguage: z.enum(['en']).nullable().default(null),
  /** Whether calls are spoken (a display in a quiet wing may only show them). */
  sound: z.boolean().default(true),
  /** This display's id in the centre configuration: it then reports a heartbeat every minute. */
  displayId: DeviceId.optional(),
});
export type DisplayConfig = z.infer<typeof DisplayConfig>;

/**
 * What the Electron shell's preload exposes to the display renderer as `window.dinturDisplay`.
 * In a plain browser it is absent and the renderer reads its settings from the URL.
 */
export type DisplayBridge = {
  /** The validated config file of this display. */
  getConfig(): Promise<DisplayConfig>;
};

/** IPC channel names of the display shell, prefixed by app. */
export const displayChannels = { getConfig: 'display:get-config' } as const;
