import type { CityCentre } from '@dintur/shared';
import type { DemoCentre } from './demo-centres.js';
import type { StateFile } from './demo-state.js';
import { requestJson } from './http-client.js';

/**
 * Makes sure the hub knows every centre and the state file holds a key it accepts: a centre the
 * hub already lists keeps its kept key (a second run registers nothing); one it lists without a
 * kept key gets a new key; one it does not list (a hub started afresh) is registered.
 * Returns the ids of the centres registered now, and what the hub listed before.
 */
export async function registerCentres(
  hubUrl: string,
  token: string,
  centres: readonly DemoCentre[],
  stateFile: StateFile,
  log: (line: string) => void,
): Promise<{ registered: string[]; before: CityCentre[] }> {
  const before = await requestJson<CityCentre[]>(hubUrl, 'GET', '/api/centres', { token });
  const listed = new Set(before.map((centre) => centre.id));
  const registered: string[] = [];
  for (const centre of centres) {
    const kept = stateFile.state.keys[centre.id];
    if (listed.has(centre.id) && kept) continue;
    const answer = listed.has(centre.id)
      ? await requestJson<{ key: string }>(hubUrl, 'POST', `/api/centres/${centre.id}/key`, { token, body: {} })
      : await requestJson<{ key: string }>(hubUrl, 'POST', '/api/centres', { token, body: { id: centre.id, name: centre.name } });
    if (listed.has(centre.id)) log(`${centre.name}: the hub knew the centre but no key was kept; it has a new key now.`);
    else registered.push(centre.id);
    stateFile.state.keys[centre.id] = answer.key;
    // Kept at once: the hub shows a key only this once.
    stateFile.save();
  }
  return { registered, before };
}
