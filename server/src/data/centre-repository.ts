import { createHash } from 'node:crypto';
import type { CounterStatus } from '@dintur/shared';
import type { Db } from './database.js';

export type CounterStateRecord = {
  counterId: string;
  status: CounterStatus;
  staffId: number | null;
  pauseReason: string | null;
  since: number;
};

/** The version of a configuration document: the first 16 hex digits of its SHA-256. */
export const configVersionOf = (document: string) => createHash('sha256').update(document).digest('hex').slice(0, 16);

/** SQL for the centre's configuration, counter and service state, and named values. */
export function createCentreRepository(db: Db) {
  const statements = {
    config: db.prepare('SELECT document FROM centre_config WHERE id = 1'),
    saveConfig: db.prepare(`INSERT INTO centre_config (id, document, updated_at) VALUES (1, ?, ?)
      ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`),
    saveVersion: db.prepare('INSERT INTO config_versions (version, document, first_used_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING'),
    version: db.prepare('SELECT document FROM config_versions WHERE version = ?'),
    counterStates: db.prepare(`SELECT counter_id AS counterId, status, staff_id AS staffId, pause_reason AS pauseReason, since
      FROM counter_state`),
    saveCounterState: db.prepare(`INSERT INTO counter_state (counter_id, status, staff_id, pause_reason, since)
      VALUES (@counterId, @status, @staffId, @pauseReason, @since)
      ON CONFLICT (counter_id) DO UPDATE SET status = excluded.status, staff_id = excluded.staff_id,
        pause_reason = excluded.pause_reason, since = excluded.since`),
    closedServices: db.prepare('SELECT service_id AS serviceId FROM service_state WHERE closed_by_staff = 1'),
    saveServiceState: db.prepare(`INSERT INTO service_state (service_id, closed_by_staff, changed_at) VALUES (?, ?, ?)
      ON CONFLICT (service_id) DO UPDATE SET closed_by_staff = excluded.closed_by_staff, changed_at = excluded.changed_at`),
    getMeta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`),
  };

  return {
    /** The stored configuration document, or undefined before the first start has seeded one. */
    config(): unknown {
      const row = statements.config.get() as { document: string } | undefined;
      return row ? JSON.parse(row.document) : undefined;
    },
    /** Stores the configuration in force, and keeps it by version; returns the version (a hash of the document). */
    saveConfig(document: unknown, at: number): string {
      const text = JSON.stringify(document);
      const version = configVersionOf(text);
      statements.saveConfig.run(text, at);
      statements.saveVersion.run(version, text, at);
      return version;
    },
    /** A configuration the centre has been run with, by its version. */
    configVersion(version: string): unknown {
      const row = statements.version.get(version) as { document: string } | undefined;
      return row ? JSON.parse(row.document) : undefined;
    },
    counterStates: () => statements.counterStates.all() as CounterStateRecord[],
    saveCounterState: (state: CounterStateRecord) => void statements.saveCounterState.run(state),
    closedServices: () => new Set((statements.closedServices.all() as { serviceId: string }[]).map((row) => row.serviceId)),
    saveServiceState: (serviceId: string, closed: boolean, at: number) =>
      void statements.saveServiceState.run(serviceId, closed ? 1 : 0, at),
    getMeta: (key: string) => (statements.getMeta.get(key) as { value: string } | undefined)?.value,
    setMeta: (key: string, value: string) => void statements.setMeta.run(key, value),
  };
}

export type CentreRepository = ReturnType<typeof createCentreRepository>;
