import type { Role } from '@dintur/shared';
import type { Db } from './database.js';

export type StaffRecord = {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
  unitId: string | null;
  role: Role;
  disabled: boolean;
};

const columns = `id, username, display_name AS displayName, password_hash AS passwordHash, unit_id AS unitId, role,
  disabled`;

type StaffRow = Omit<StaffRecord, 'disabled'> & { disabled: number };
const toRecord = (row: StaffRow | undefined): StaffRecord | undefined => row && { ...row, disabled: row.disabled === 1 };

/** SQL for staff accounts and their sign-in sessions. */
export function createStaffRepository(db: Db) {
  const statements = {
    byId: db.prepare(`SELECT ${columns} FROM staff WHERE id = ?`),
    byUsername: db.prepare(`SELECT ${columns} FROM staff WHERE username = ?`),
    all: db.prepare(`SELECT ${columns} FROM staff ORDER BY username`),
    count: db.prepare('SELECT COUNT(*) AS count FROM staff'),
    insert: db.prepare(`INSERT INTO staff (username, display_name, password_hash, unit_id, role, created_at)
      VALUES (@username, @displayName, @passwordHash, @unitId, @role, @createdAt)`),
    createSession: db.prepare('INSERT INTO sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    session: db.prepare(`SELECT ${columns}
      FROM sessions JOIN staff ON staff.id = sessions.staff_id WHERE token_hash = ? AND expires_at > ?`),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
    sessionExpiry: db.prepare('SELECT expires_at AS expiresAt FROM sessions WHERE token_hash = ?'),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE staff_id = ?'),
    deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
  };

  return {
    byId: (id: number) => toRecord(statements.byId.get(id) as StaffRow | undefined),
    byUsername: (username: string) => toRecord(statements.byUsername.get(username) as StaffRow | undefined),
    all: () => (statements.all.all() as StaffRow[]).map((row) => toRecord(row) as StaffRecord),
    count: () => (statements.count.get() as { count: number }).count,
    insert(staff: Omit<StaffRecord, 'id' | 'disabled'>, createdAt: number): number {
      return Number(statements.insert.run({ ...staff, createdAt }).lastInsertRowid);
    },
    update(id: number, changes: Partial<Omit<StaffRecord, 'id' | 'username'>>): void {
      const columnOf = { displayName: 'display_name', passwordHash: 'password_hash', unitId: 'unit_id', role: 'role', disabled: 'disabled' };
      const keys = (Object.keys(changes) as (keyof typeof columnOf)[]).filter((key) => key in columnOf);
      if (keys.length === 0) return;
      const values = { ...changes, disabled: changes.disabled === undefined ? undefined : changes.disabled ? 1 : 0, id };
      db.prepare(`UPDATE staff SET ${keys.map((key) => `${columnOf[key]} = @${key}`).join(', ')} WHERE id = @id`).run(values);
    },
    createSession: (tokenHash: string, staffId: number, createdAt: number, expiresAt: number) =>
      void statements.createSession.run(tokenHash, staffId, createdAt, expiresAt),
    sessionStaff: (tokenHash: string, now: number) => toRecord(statements.session.get(tokenHash, now) as StaffRow | undefined),
    deleteSession: (tokenHash: string) => void statements.deleteSession.run(tokenHash),
    sessionExpiry: (tokenHash: string) => (statements.sessionExpiry.get(tokenHash) as { expiresAt: number } | undefined)?.expiresAt,
    deleteSessionsOf: (staffId: number) => void statements.deleteSessionsOf.run(staffId),
    deleteExpiredSessions: (now: number) => void statements.deleteExpired.run(now),
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
