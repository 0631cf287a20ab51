import type { AnnouncementRecord } from '../announcer-contract.js';
import type { AnnouncementPlan } from './phrase.js';

/** How many records the test hook keeps; a display runs for weeks and must not grow without end. */
const keptRecords = 1000;

type HookHost = { __dinturAnnouncements?: AnnouncementRecord[] };

/** Adds a record to `window.__dinturAnnouncements` (`globalThis` is `window` in the browser). */
export function recordAnnouncement(record: AnnouncementRecord): void {
  const host = globalThis as typeof globalThis & HookHost;
  host.__dinturAnnouncements ??= [];
  host.__dinturAnnouncements.push(record);
  if (host.__dinturAnnouncements.length > keptRecords) {
    host.__dinturAnnouncements.splice(0, host.__dinturAnnouncements.length - keptRecords);
  }
}

/**
 * Whether the page asks for silent test audio (`?audio=test`): clips and speech take 50 ms each
 * without a sound, so browser tests can count announcements and check they do not overlap.
 */
export function isAudioTestMode(search: string | undefined = globalThis.location?.search): boolean {
  return new URLSearchParams(search ?? '').get('audio') === 'test';
}

/** What a silent display records: the parts it would have played. */
export function plannedParts(plan: AnnouncementPlan): string[] {
  const parts = [plan.chime];
  for (const sentence of plan.sentences) {
    for (const part of sentence.parts) {
      if (part.kind === 'clip') parts.push(part.clip);
      else if (part.kind === 'speech') parts.push(part.text);
    }
  }
  return parts;
}
