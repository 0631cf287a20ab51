/**
 * The voice manifest (`voice/manifest.json`, written by scripts/generate-voice.sh): which clips
 * exist and which file holds each, so a missing clip is known before playing half a sentence.
 */

/** Clip name (`da/n-42`) → file path relative to the voice folder (`da/n-42.ogg`). */
export type VoiceManifest = { version: 1; clips: Record<string, string> };

/** The file extension assumed for a clip when there is no manifest to ask. */
export const defaultClipExtension = 'ogg';

/**
 * Checks a parsed manifest. Paths must be relative and stay inside the voice folder, because
 * they are resolved against it and a hand-edited manifest must not point the display elsewhere.
 */
export function parseVoiceManifest(value: unknown): VoiceManifest | null {
  if (typeof value !== 'object' || value === null || !('clips' in value)) return null;
  const clips: unknown = value.clips;
  if (typeof clips !== 'object' || clips === null) return null;
  const checked: Record<string, string> = {};
  for (const [name, path] of Object.entries(clips)) {
    if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.includes('..') || path.includes(':')) continue;
    checked[name] = path;
  }
  return { version: 1, clips: checked };
}

/**
 * Loads the manifest from the voice folder. Resolves null when it cannot be read (no server
 * route, a `file://` page where fetch is not allowed, a typo in a hand-edited file): the announcer
 * then simply tries every clip and lets a failing one fall back to speech.
 */
export async function loadVoiceManifest(baseUrl: string): Promise<VoiceManifest | null> {
  try {
    // Bounded, because every announcement waits for the manifest and a hung request must not
    // silence the display.
    const response = await fetch(`${baseUrl}manifest.json`, { cache: 'no-cache', signal: AbortSignal.timeout(3000) });
    if (!response.ok) return null;
    return parseVoiceManifest(await response.json());
  } catch {
    return null;
  }
}

/** The URL of a clip: from the manifest when there is one, else by the naming convention. */
export function clipUrl(baseUrl: string, clip: string, manifest: VoiceManifest | null): string {
  return `${baseUrl}${manifest?.clips[clip] ?? `${clip}.${defaultClipExtension}`}`;
}

/** Whether a clip may be played: listed in the manifest, or anything when there is no manifest. */
export function clipAvailable(clip: string, manifest: VoiceManifest | null): boolean {
  return manifest === null || Object.hasOwn(manifest.clips, clip);
}
