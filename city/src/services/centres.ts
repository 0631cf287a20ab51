import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CentreStatus, CityCentre, CityWaits } from '@dintur/shared';
import type { CentreRecord, CentresRepository, StatusRecord } from '../data/centres-repository.js';
import { HubError, notFound } from './errors.js';

/** A centre not heard from for this long is no longer linked. */
export const linkTimeoutMs = 2 * 60_000;

const keyHash = (key: string) => createHash('sha256').update(key).digest();
const newKey = () => `dck_${randomBytes(32).toString('base64url')}`;
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

/**
 * The centres of the city: registering them with a key (shown once, stored hashed), knowing a
 * centre by its key, and what each last said of itself (its live status), kept in memory for the
 * public waits and in PostgreSQL for a restart.
 */
export function createCentres(repository: CentresRepository, now: () => number) {
  const statuses = new Map<string, StatusRecord>();
  // Last seen is kept in memory as well: the waits page reads it every few seconds.
  const seen = new Map<string, number>();
  let registered: { at: number; centres: CentreRecord[] } | undefined;

  const linked = (centre: CentreRecord) => {
    const lastSeen = Math.max(centre.lastSeenAt ?? 0, seen.get(centre.id) ?? 0);
    return lastSeen > 0 && now() - lastSeen < linkTimeoutMs;
  };

  return {
    async load(): Promise<void> {
      for (const status of await repository.statuses()) statuses.set(status.centreId, status);
    },
    async register(id: string, name: string) {
      const key = newKey();
      const created = await repository.insert({ id, name, keyHash: keyHash(key).toString('hex') }, now());
      if (!created) throw new HubError(409, 'conflict', `A centre with the id "${id}" is already registered.`);
      registered = undefined;
      return { id, name: created.name, key };
    },
    async renewKey(id: string) {
      const key = newKey();
      const centre = await repository.setKeyHash(id, keyHash(key).toString('hex'));
      if (!centre) throw notFound('centre', id);
      return { id, name: centre.name, key };
    },
    /** The centre whose key this is, or a 401 that says so plainly (an unknown centre is answered the same). */
    async authenticate(centreId: string, key: string | undefined): Promise<CentreRecord> {
      const centre = await repository.byId(centreId);
      const expected = centre && Buffer.from(centre.keyHash, 'hex');
      const given = key === undefined ? undefined : keyHash(key);
      if (!centre || !expected || !given || !timingSafeEqual(expected, given)) {
        throw new HubError(401, 'invalid-centre-key', `The hub does not accept this key for the centre "${centreId}".`);
      }
      seen.set(centre.id, now());
      return centre;
    },
    /** How far the hub has the centre's log. */
    async cursor(centreId: string): Promise<{ centreId: string; lastEventId: number; configVersion: string | null }> {
      const centre = await repository.byId(centreId);
      if (!centre) throw notFound('centre', centreId);
      return { centreId, lastEventId: centre.lastEventId, configVersion: centre.configVersion };
    },
    async markSeen(centreId: string): Promise<void> {
      await repository.markSeen(centreId, now());
    },
    async saveStatus(centreId: string, status: CentreStatus): Promise<void> {
      const record: StatusRecord = { centreId, status, takenAt: Date.parse(status.at), receivedAt: now() };
      const previous = statuses.get(centreId);
      // A status that overtook a newer one on the way changes nothing.
      if (previous && previous.takenAt > record.takenAt) return;
      statuses.set(centreId, record);
      await repository.saveStatus(record);
      await repository.markSeen(centreId, record.receivedAt);
    },
    async list(): Promise<CityCentre[]> {
      return (await repository.list()).map((centre) => {
        const status = statuses.get(centre.id);
        const isLinked = linked(centre);
        const lastSeen = Math.max(centre.lastSeenAt ?? 0, seen.get(centre.id) ?? 0) || null;
        return {
          id: centre.id,
          name: centre.name,
          linked: isLinked,
          lastEventId: centre.lastEventId,
          lastEventAt: iso(centre.lastEventAt),
          lastSeenAt: iso(lastSeen),
          lagSeconds: status ? Math.max(0, (status.receivedAt - status.takenAt) / 1000) : null,
          // Silent while it should be serving: its last word was that it was open.
          silent: !isLinked && status !== undefined && status.status.openNow,
          createdAt: new Date(centre.createdAt).toISOString(),
        };
      });
    },
    async waits(): Promise<CityWaits> {
      // Public and polled by every phone: read from memory, the centres list at most once a second.
      if (!registered || now() - registered.at > 1000) registered = { at: now(), centres: await repository.list() };
      const { centres } = registered;
      return {
        serverTime: new Date(now()).toISOString(),
        centres: centres.map((centre) => {
          const status = statuses.get(centre.id);
          return {
            id: centre.id,
            name: centre.name,
            updatedAt: status ? status.status.at : null,
            linked: linked(centre),
            openNow: status?.status.openNow ?? false,
            services: status?.status.services ?? [],
          };
        }),
      };
    },
  };
}

export type Centres = ReturnType<typeof createCentres>;
