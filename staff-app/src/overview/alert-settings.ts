import { z } from 'zod';

/** The thresholds of the overview's alerts, in minutes; kept per PC (localStorage). */
export type AlertSettings = { longWaitMinutes: number; transferMinutes: number };

export const defaultAlertSettings: AlertSettings = { longWaitMinutes: 30, transferMinutes: 10 };

const Minutes = z.number().int().min(0).max(600);
const StoredSettings = z.object({ longWaitMinutes: Minutes, transferMinutes: Minutes }).partial();

const storageKey = 'dintur.staff.alertSettings';

/** Stored settings over the defaults; anything unreadable falls back to the default. */
export function parseAlertSettings(stored: string | null): AlertSettings {
  if (!stored) return defaultAlertSettings;
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return defaultAlertSettings;
  }
  const parsed = StoredSettings.safeParse(json);
  return parsed.success ? { ...defaultAlertSettings, ...parsed.data } : defaultAlertSettings;
}

/** A threshold as typed into the settings form: a whole number of minutes from 0 to 600, or null. */
export function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const parsed = Minutes.safeParse(Number(text));
  return parsed.success ? parsed.data : null;
}

export function readAlertSettings(): AlertSettings {
  try {
    return parseAlertSettings(window.localStorage.getItem(storageKey));
  } catch {
    return defaultAlertSettings; // storage disabled: the defaults hold
  }
}

export function saveAlertSettings(settings: AlertSettings): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Without storage the settings last until the page is closed.
  }
}
