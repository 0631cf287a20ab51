import type { CityRole } from '@dintur/shared';
import type { Queryable } from './database.js';

export type AccountRecord = { id: number; username: string; displayName: string; role: CityRole; passwordHash: string };

const columns = 'id, username, display_name AS "displayName", role, password_hash AS "passwordHash"';

/** SQL for the hub's accounts and their sign-in sessions (only token hashes are stored). */
export function createAccountsRepository(db: Queryable) {
  return {
    async count(): Promise<number> {
      const [row] = await db.query<{ count: number }>('SELECT count(*) AS count FROM accounts');
      return row!.count;
    },
    async countAdmins(): Promise<number> {
      const [row] = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM accounts WHERE role = 'admin'");
      return row!.count;
    },
    /** Creates the account, or makes the one of that username this account again (role and password). */
    async restoreAdmin(account: Omit<AccountRecord, 'id'>, now: number): Promise<void> {
      await db.query(
        `INSERT INTO accounts (username, display_name, password_hash, role, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, password_hash = EXCLUDED.password_hash`,
        [account.username, account.displayName, account.passwordHash, account.role, now],
      );
      await db.query('DELETE FROM sessions WHERE account_id = (SELECT id FROM accounts WHERE username = $1)', [account.username]);
    },
    async byUsername(username: string): Promise<AccountRecord | undefined> {
      return (await db.query<AccountRecord>(`SELECT ${columns} FROM accounts WHERE username = $1`, [username]))[0];
    },
    async list(): Promise<AccountRecord[]> {
      return db.query<AccountRecord>(`SELECT ${columns} FROM accounts ORDER BY username`);
    },
    /** Inserts an account; undefined when the username is taken. */
    async insert(account: Omit<AccountRecord, 'id'>, now: number): Promise<AccountRecord | undefined> {
      const rows = await db.query<AccountRecord>(
        `INSERT INTO accounts (username, display_name, password_hash, role, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username) DO NOTHING RETURNING ${columns}`,
        [account.username, account.displayName, account.passwordHash, account.role, now],
      );
      return rows[0];
    },
    async insertSession(tokenHash: string, accountId: number, expiresAt: number): Promise<void> {
      await db.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, accountId, expiresAt]);
    },
    async bySession(tokenHash: string, now: number): Promise<AccountRecord | undefined> {
      const rows = await db.query<AccountRecord>(
        `SELECT ${columns.replaceAll(/(^|, )(\w)/g, '$1a.$2')} FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [tokenHash, now],
      );
      return rows[0];
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteExpiredSessions(now: number): Promise<void> {
      await db.query('DELETE FROM sessions WHERE expires_at <= $1', [now]);
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
