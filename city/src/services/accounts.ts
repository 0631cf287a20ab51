import { createHash, randomBytes } from 'node:crypto';
import type { CityAccount, CityRole } from '@dintur/shared';
import { defaultScryptCost, hashPassword, verifyPassword, type ScryptCost } from '@dintur/shared/passwords';
import type { AccountRecord, AccountsRepository } from '../data/accounts-repository.js';
import { HubError } from './errors.js';

const sessionMs = 12 * 60 * 60_000;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const publicAccount = ({ id, username, displayName, role }: AccountRecord): CityAccount => ({ id, username, displayName, role });

type Failures = { count: number; until: number; last: number };

/**
 * Slows down guessing per username and client address together, so a guesser elsewhere cannot
 * lock a leader out: after 5 failures each further attempt from there waits twice as long, up
 * to 15 minutes.
 */
function createThrottle(now: () => number) {
  const failures = new Map<string, Failures>();
  return {
    check(key: string) {
      const entry = failures.get(key);
      if (entry && entry.until > now()) {
        const seconds = Math.ceil((entry.until - now()) / 1000);
        throw new HubError(429, 'too-many-requests', `Too many failed sign-ins; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
      }
    },
    fail(key: string) {
      const previous = failures.get(key);
      const count = previous && now() - previous.last < 3_600_000 ? previous.count + 1 : 1;
      const excess = count - 5;
      failures.set(key, { count, last: now(), until: excess >= 0 ? now() + Math.min(15 * 60_000, 1000 * 2 ** excess) : 0 });
      if (failures.size > 10_000) for (const [stale, entry] of failures) if (now() - entry.last > 3_600_000) failures.delete(stale);
    },
    succeed: (key: string) => failures.delete(key),
  };
}

/** The hub's accounts: the first admin, sign-in with sessions, and creating accounts. */
export function createAccounts(repository: AccountsRepository, now: () => number, scryptCost: ScryptCost = defaultScryptCost) {
  const throttle = createThrottle(now);
  return {
    /** On an empty hub, creates `admin` with `password`, or a generated one returned to be shown once. */
    async ensureAdmin(password: string | undefined): Promise<{ generatedPassword: string | undefined }> {
      if ((await repository.count()) > 0) return { generatedPassword: undefined };
      const chosen = password ?? randomBytes(12).toString('base64url');
      await repository.insert({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(chosen, scryptCost) }, now());
      return { generatedPassword: password === undefined ? chosen : undefined };
    },
    async login(username: string, password: string, clientAddress: string) {
      const key = `${username.toLowerCase()}|${clientAddress}`;
      throttle.check(key);
      const account = await repository.byUsername(username);
      // A missing account costs the same hash as a wrong password, so timing tells nothing.
      const valid = account ? await verifyPassword(password, account.passwordHash) : (await hashPassword(password, scryptCost), false);
      if (!account || !valid) {
        throttle.fail(key);
        throw new HubError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      throttle.succeed(key);
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
      const passwordHash = await hashPassword(body.password, scryptCost);
      const created = await repository.insert({ username: body.username, displayName: body.displayName ?? body.username, role: body.role, passwordHash }, now());
      if (!created) throw new HubError(409, 'conflict', `The username "${body.username}" is taken.`);
      return publicAccount(created);
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
