import { createHash, randomBytes } from 'node:crypto';
import type { Role, StaffAccount } from '@dintur/shared';
import type { StaffRecord } from '../data/staff-repository.js';
import type { EngineContext } from './context.js';
import { badRequest, DomainError, notFound } from './errors.js';
import { LoginThrottle } from './login-throttle.js';
import { defaultScryptCost, hashPassword, verifyPassword, type ScryptCost } from '@dintur/shared/passwords';
import type { Actor } from './permissions.js';

export const sessionTtlMs = 12 * 60 * 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function staffAccount(record: StaffRecord): StaffAccount {
  return {
    id: record.id,
    username: record.username,
    displayName: record.displayName,
    unitId: record.unitId,
    role: record.role,
    disabled: record.disabled,
  };
}

export type NewStaff = { username: string; password: string; displayName?: string | undefined; unitId?: string | null | undefined; role: Role };
export type StaffChanges = {
  password?: string | undefined;
  displayName?: string | undefined;
  unitId?: string | null | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
};

/** Staff accounts, sign-in sessions and the first admin. */
export function createStaffService(context: EngineContext, cost: ScryptCost = defaultScryptCost) {
  const throttle = new LoginThrottle(context.clock);
  /** Signed-in sessions by token hash, so a request costs no SQL; dropped on sign-out and account changes. */
  const sessions = new Map<string, { actor: Actor; expiresAt: number }>();
  const forgetSessionsOf = (staffId: number) => {
    for (const [tokenHash, session] of sessions) if (session.actor.id === staffId) sessions.delete(tokenHash);
  };
  // Compared against when the username is unknown, so a wrong name takes as long as a wrong password.
  let decoy: Promise<string> | undefined;
  const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex'), cost));

  function requireUnit(unitId: string | null | undefined): void {
    if (unitId && !context.index().units.has(unitId)) {
      throw badRequest(`No unit "${unitId}".`, [{ path: 'unitId', message: `unknown unit "${unitId}"` }]);
    }
  }

  return {
    async create(staff: NewStaff): Promise<StaffAccount> {
      requireUnit(staff.unitId);
      if (context.staff.byUsername(staff.username)) {
        throw new DomainError(409, 'conflict', `The username "${staff.username}" is taken.`);
      }
      const passwordHash = await hashPassword(staff.password, cost);
      const id = context.staff.insert(
        { username: staff.username, displayName: staff.displayName ?? staff.username, passwordHash, unitId: staff.unitId ?? null, role: staff.role },
        context.clock.now(),
      );
      return staffAccount(context.staff.byId(id)!);
    },

    async update(id: number, changes: StaffChanges): Promise<StaffAccount> {
      const existing = context.staff.byId(id);
      if (!existing) throw notFound('staff member', id);
      requireUnit(changes.unitId);
      const role = changes.role ?? existing.role;
      const unitId = changes.unitId === undefined ? existing.unitId : changes.unitId;
      if ((role === 'staff' || role === 'manager') && !unitId) {
        throw badRequest('Staff and managers belong to a unit.', [{ path: 'unitId', message: 'required for this role' }]);
      }
      const passwordHash = changes.password ? await hashPassword(changes.password, cost) : undefined;
      context.staff.update(id, {
        ...(changes.displayName !== undefined && { displayName: changes.displayName }),
        ...(changes.unitId !== undefined && { unitId: changes.unitId }),
        ...(changes.role !== undefined && { role: changes.role }),
        ...(changes.disabled !== undefined && { disabled: changes.disabled }),
        ...(passwordHash && { passwordHash }),
      });
      if (passwordHash || changes.disabled) context.staff.deleteSessionsOf(id);
      forgetSessionsOf(id);
      return staffAccount(context.staff.byId(id)!);
    },

    list: () => context.staff.all().map(staffAccount),

    account(id: number): StaffAccount {
      const record = context.staff.byId(id);
      if (!record) throw notFound('staff member', id);
      return staffAccount(record);
    },

    /** Checks the password and opens a session; repeated failures are slowed down. */
    async login(username: string, password: string, client: string): Promise<{ token: string; expiresAt: number; staff: StaffAccount }> {
      const keys = [`user:${username.toLowerCase()}`, `client:${client}`];
      throttle.check(keys);
      const record = context.staff.byUsername(username);
      const valid = record ? await verifyPassword(password, record.passwordHash) : (await verifyPassword(password, await decoyHash()), false);
      if (!record || !valid || record.disabled) {
        throttle.fail(keys.slice(0, 1));
        throttle.fail(keys.slice(1), 20);
        throw new DomainError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      throttle.succeed(keys.slice(0, 1));
      const token = randomBytes(32).toString('base64url');
      const now = context.clock.now();
      const expiresAt = now + sessionTtlMs;
      context.staff.deleteExpiredSessions(now);
      context.staff.createSession(hashToken(token), record.id, now, expiresAt);
      return { token, expiresAt, staff: staffAccount(record) };
    },

    /** The person a token belongs to, if it is valid and not expired. */
    authenticate(token: string): Actor | undefined {
      const tokenHash = hashToken(token);
      const now = context.clock.now();
      const cached = sessions.get(tokenHash);
      if (cached && cached.expiresAt > now) return cached.actor;
      sessions.delete(tokenHash);
      const record = context.staff.sessionStaff(tokenHash, now);
      if (!record || record.disabled) return undefined;
      const actor = { id: record.id, unitId: record.unitId, role: record.role, displayName: record.displayName };
      if (sessions.size > 10_000) sessions.clear();
      sessions.set(tokenHash, { actor, expiresAt: context.staff.sessionExpiry(tokenHash) ?? now });
      return actor;
    },

    logout(token: string) {
      const tokenHash = hashToken(token);
      sessions.delete(tokenHash);
      context.staff.deleteSession(tokenHash);
    },

    /**
     * On a database without staff, creates `admin` with the given password or a generated one,
     * which is returned so it can be printed once.
     */
    async ensureAdmin(password: string | undefined): Promise<{ created: boolean; generatedPassword?: string }> {
      if (context.staff.count() > 0) return { created: false };
      const generated = password ? undefined : randomBytes(12).toString('base64url');
      await this.create({ username: 'admin', password: password ?? generated!, displayName: 'Administrator', unitId: null, role: 'admin' });
      return generated ? { created: true, generatedPassword: generated } : { created: true };
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
