import type { CentreConfig, CentreStatus } from '@dintur/shared';
import type { Queryable } from './database.js';

export type CentreRecord = {
  id: string;
  name: string;
  keyHash: string;
  createdAt: number;
  lastEventId: number;
  lastEventAt: number | null;
  lastSeenAt: number | null;
  /** The version of the configuration in force at the centre, as the hub has it (null before the first). */
  configVersion: string | null;
  timeZone: string;
  waitTargetMinutes: number;
};

export type StatusRecord = { centreId: string; status: CentreStatus; takenAt: number; receivedAt: number };

const columns = `id, name, key_hash AS "keyHash", created_at AS "createdAt", last_event_id AS "lastEventId",
  last_event_at AS "lastEventAt", last_seen_at AS "lastSeenAt", config_version AS "configVersion", time_zone AS "timeZone", wait_target_minutes AS "waitTargetMinutes"`;

/** SQL for the registered centres, their configurations and their live status. */
export function createCentresRepository(db: Queryable) {
  return {
    /** Every centre with the configuration in force there (centres that never shipped one are left out). */
    async configsInForce(): Promise<{ id: string; name: string; version: string; document: CentreConfig }[]> {
      return db.query(
        `SELECT c.id, c.name, c.config_version AS version, cc.document FROM centres c
         JOIN centre_configs cc ON cc.centre_id = c.id AND cc.version = c.config_version ORDER BY c.name, c.id`,
      );
    },
    async list(): Promise<CentreRecord[]> {
      return db.query<CentreRecord>(`SELECT ${columns} FROM centres ORDER BY name, id`);
    },
    async byId(id: string): Promise<CentreRecord | undefined> {
      return (await db.query<CentreRecord>(`SELECT ${columns} FROM centres WHERE id = $1`, [id]))[0];
    },
    /** The centre, its row locked until the transaction ends: one batch of a centre at a time. */
    async lockById(id: string): Promise<CentreRecord | undefined> {
      return (await db.query<CentreRecord>(`SELECT ${columns} FROM centres WHERE id = $1 FOR UPDATE`, [id]))[0];
    },
    /** Inserts a centre; undefined when the id is taken. */
    async insert(centre: { id: string; name: string; keyHash: string }, now: number): Promise<CentreRecord | undefined> {
      const rows = await db.query<CentreRecord>(
        `INSERT INTO centres (id, name, key_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING ${columns}`,
        [centre.id, centre.name, centre.keyHash, now],
      );
      return rows[0];
    },
    async setKeyHash(id: string, keyHash: string): Promise<CentreRecord | undefined> {
      return (await db.query<CentreRecord>(`UPDATE centres SET key_hash = $2 WHERE id = $1 RETURNING ${columns}`, [id, keyHash]))[0];
    },
    async markSeen(id: string, at: number): Promise<void> {
      await db.query('UPDATE centres SET last_seen_at = GREATEST(COALESCE(last_seen_at, 0), $2) WHERE id = $1', [id, at]);
    },
    async advance(id: string, lastEventId: number, lastEventAt: number, seenAt: number): Promise<void> {
      await db.query('UPDATE centres SET last_event_id = $2, last_event_at = $3, last_seen_at = $4 WHERE id = $1', [id, lastEventId, lastEventAt, seenAt]);
    },
    async saveConfig(id: string, version: string, document: CentreConfig, now: number): Promise<void> {
      await db.query(
        `INSERT INTO centre_configs (centre_id, version, document, received_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [id, version, JSON.stringify(document), now],
      );
    },
    /** The configuration in force at the centre now: how its dates and waits are read. */
    async setConfigInForce(id: string, version: string, timeZone: string, waitTargetMinutes: number): Promise<void> {
      await db.query('UPDATE centres SET config_version = $2, time_zone = $3, wait_target_minutes = $4 WHERE id = $1', [
        id,
        version,
        timeZone,
        waitTargetMinutes,
      ]);
    },
    async saveStatus(record: StatusRecord): Promise<void> {
      await db.query(
        `INSERT INTO centre_status (centre_id, status, taken_at, received_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (centre_id) DO UPDATE SET status = EXCLUDED.status, taken_at = EXCLUDED.taken_at, received_at = EXCLUDED.received_at
         WHERE centre_status.taken_at <= EXCLUDED.taken_at`,
        [record.centreId, JSON.stringify(record.status), record.takenAt, record.receivedAt],
      );
    },
    async statuses(): Promise<StatusRecord[]> {
      return db.query<StatusRecord>('SELECT centre_id AS "centreId", status, taken_at AS "takenAt", received_at AS "receivedAt" FROM centre_status');
    },
  };
}

export type CentresRepository = ReturnType<typeof createCentresRepository>;
