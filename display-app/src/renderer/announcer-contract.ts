import type { DisplayCall } from '@dintur/shared';

/**
 * The contract between the display screen and the announcer (announcer/). The display hands
 * every new call (or recall) to `announce` as it takes the big slot (live/call-stage.ts), so the
 * voice follows the screen; the announcer still queues them so two calls are never
 * spoken over each other, plays a chime, then the call in Danish ("Nummer A 42, skranke 3")
 * and optionally in a second language, from recorded clips, falling back to the browser's
 * speech synthesis when a clip is missing.
 */
export type Announcer = {
  announce(call: Pick<DisplayCall, 'number' | 'counterName' | 'recall'>): void;
  /** Resolves when everything queued so far has been spoken. */
  idle(): Promise<void>;
  /** Stops and forgets the queue (the display is closing). */
  dispose(): void;
};

/** Test hook: browser tests count and read announcements through `window.__dinturAnnouncements`. */
export type AnnouncementRecord = { number: string; counterName: string; recall: boolean; startedAt: number; finishedAt: number | null; parts: string[] };
