import { createHash, randomBytes } from 'node:crypto';
import type { CityAccount, CityRole } from '@dintur/shared';
import { LoginGuard } from '@dintur/shared/login-guard';
import { createPasswordHasher, defaultScryptCost, HasherBusyError, type ScryptCost } from '@dintur/shared/passwords';
import type { AccountRecord, AccountsRepository } from '../data/accounts-repository.js';
import { HubError } from './errors.js';

const sessionMs = 12 * 60 * 60_000;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const publicAccount = ({ id, username, displayName, role }: AccountRecord): CityAccount => ({ id, username, displayName, role });
const busy = (error: unknown) =>
  error instanceof HasherBusyError
    ? new HubError(503, 'server-busy', 'The hub is busy checking passwords; try again in a few seconds.', { retryAfterSeconds: error.retryAfterSeconds })
    : error;

/**
 * The hub's accounts: the first admin, sign-in with sessions, and creating accounts. Sign-in is
 * slowed down as at a centre (`@dintur/shared/login-guard`: per username and address, per
 * address, and a pace per username that never locks out a known address), and passwords are
 * hashed on threads of their own with a bounded queue (`createPasswordHasher`).
 */
export function createAccounts(repository: AccountsRepository, now: () => number, scryptCost: ScryptCost = defaultScryptCost) {
  const guard = new LoginGuard({ now });
  const hasher = createPasswordHasher({ cost: scryptCost });
  const hashPassword = (password: string) => hasher.hash(password).catch((error: unknown) => Promise.reject(busy(error)));
  // Compared against when the username is unknown, so a wrong name takes as long as a wrong password.
  let decoy: Promise<string> | undefined;
  return {
    /**
     * On an empty hub, creates `admin` with `password`, or a generated one returned to be shown
     * once. On a hub without an admin (changed outside the API), restores `admin` the same way.
     */
    async ensureAdmin(password: string | undefined): Promise<{ generatedPassword: string | undefined; restored: boolean }> {
      const empty = Number(await repository.count()) === 0;
      if (!empty && Number(await repository.countAdmins()) > 0) return { generatedPassword: undefined, restored: false };
      const chosen = password ?? randomBytes(12).toString('base64url');
      await repository.restoreAdmin({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(chosen) }, now());
      return { generatedPassword: password === undefined ? chosen : undefined, restored: !empty };
    },
    /** Checks the password and opens a session; whether this client may try now is decided, and counted, before anything is awaited. */
    async login(username: string, password: string, clientAddress: string) {
      const attempt = guard.begin(username, clientAddress);
      if (!attempt.ok) throw new HubError(429, 'too-many-requests', attempt.message, { retryAfterSeconds: attempt.retryAfterSeconds });
      let account: AccountRecord | undefined;
      let valid: boolean;
      try {
        // A full queue is said at once, before the database is asked.
        hasher.admit({ priority: attempt.known });
        account = await repository.byUsername(username);
        // A missing account costs the same hash as a wrong password, so timing tells nothing.
        const stored = account ? account.passwordHash : await (decoy ??= hasher.hash(randomBytes(16).toString('hex')));
        valid = (await hasher.verify(password, stored, { priority: attempt.known })) && account !== undefined;
      } catch (error) {
        attempt.notTried();
        throw busy(error);
      }
      if (!account || !valid) {
        attempt.failed();
        throw new HubError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      attempt.succeeded();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = now() + sessionMs;
      await repository.insertSession(tokenHash(token), account.id, expiresAt);
      await repository.deleteExpiredSessions(now());
      return { token, expiresAt: new Date(expiresAt).toISOString(), account: publicAccount(account), maxAgeMs: sessionMs };
    },
    async authenticate(token: string): Promise<CityAccount | undefined> {
      const account = await repository.bySession(tokenHash(token), now());
      return account && publicAccount(account);
    },
    logout: (token: string) => repository.deleteSession(tokenHash(token)),
    list: async () => (await repository.list()).map(publicAccount),
    async create(body: { username: string; password: string; displayName?: string | undefined; role: CityRole }): Promise<CityAccount> {
      const passwordHash = await hashPassword(body.password);
      const created = await repository.insert({ username: body.username, displayName: body.displayName ?? body.username, role: body.role, passwordHash }, now());
      if (!created) throw new HubError(409, 'conflict', `The username "${body.username}" is taken.`);
      return publicAccount(created);
    },
    /** Ends the password-hashing threads. */
    close: () => hasher.close(),
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
