import Database from 'better-sqlite3';
import { shippableDetails, type CentreConfig, type ShippedEvent } from '@dintur/shared';
import { configVersionOf } from './centre-repository.js';

type Row = { id: number; at: number; type: string; ticketId: number | null; counterId: string | null; staffId: number | null; details: string };

/**
 * The centre's event log as the city link reads it: through a connection of its own, read-only,
 * so it sees only committed events (the server's connection may hold a batch not yet committed)
 * and never takes the writer's lock.
 */
export function openLogReader(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const statements = {
    after: db.prepare(`SELECT id, at, type, ticket_id AS ticketId, counter_id AS counterId, staff_id AS staffId, details
      FROM events WHERE id > ? ORDER BY id LIMIT ?`),
    lastId: db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM events'),
    version: db.prepare('SELECT document FROM config_versions WHERE version = ?'),
    current: db.prepare('SELECT document FROM centre_config WHERE id = 1'),
  };
  return {
    /** Committed events after `id`, oldest first, their details stripped to what may leave the centre. */
    eventsAfter(id: number, limit: number): ShippedEvent[] {
      return (statements.after.all(id, limit) as Row[]).map((row) => ({ ...row, details: shippableDetails(row.type, JSON.parse(row.details)) }));
    },
    lastId: () => (statements.lastId.get() as { id: number }).id,
    /** A configuration the centre ran with, by version. */
    config(version: string): CentreConfig | undefined {
      const row = statements.version.get(version) as { document: string } | undefined;
      return row ? (JSON.parse(row.document) as CentreConfig) : undefined;
    },
    /** The configuration in force now, with its version. */
    current(): { version: string; document: CentreConfig } | undefined {
      const row = statements.current.get() as { document: string } | undefined;
      return row ? { version: configVersionOf(row.document), document: JSON.parse(row.document) as CentreConfig } : undefined;
    },
    close: () => db.close(),
  };
}

export type LogReader = ReturnType<typeof openLogReader>;
