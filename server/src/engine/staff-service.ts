import { createHash, randomBytes } from 'node:crypto';
import type { Role, StaffAccount } from '@dintur/shared';
import type { StaffRecord } from '../data/staff-repository.js';
import type { EngineContext } from './context.js';
import { badRequest, DomainError, notFound } from './errors.js';
import { LoginGuard } from '@dintur/shared/login-guard';
import { createPasswordHasher, defaultScryptCost, HasherBusyError, type ScryptCost } from '@dintur/shared/passwords';
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

const busy = (error: HasherBusyError) =>
  new DomainError(503, 'server-busy', 'The server is busy checking passwords; try again in a few seconds.', { retryAfterSeconds: error.retryAfterSeconds });

/** What the start did about the admin: created on an empty database, or restored when no admin was active. */
export type EnsuredAdmin = { created: boolean; restored?: boolean; generatedPassword?: string };

/** Staff accounts, sign-in sessions and the first admin. */
export function createStaffService(context: EngineContext, cost: ScryptCost = defaultScryptCost) {
  // Who may try a password now (login-guard.ts), and scrypt on threads of its own (passwords.ts).
  // On the monotonic clock: a wall clock moved back must not stretch a lock by the jump.
  const guard = new LoginGuard({ now: () => context.clock.monotonic?.() ?? context.clock.now() });
  const hasher = createPasswordHasher({ cost });
  const hashPassword = (password: string) => hasher.hash(password).catch((error: unknown) => Promise.reject(error instanceof HasherBusyError ? busy(error) : error));
  const activeAdmins = () => context.staff.all().filter((record) => record.role === 'admin' && !record.disabled).length;
  /** Refuses a change that would leave the centre without an active admin. */
  const keepAnAdmin = (existing: StaffRecord, changes: StaffChanges) => {
    const stopsBeingAdmin = (changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true;
    if (existing.role === 'admin' && !existing.disabled && stopsBeingAdmin && activeAdmins() <= 1) {
      throw new DomainError(
        409,
        'conflict',
        `"${existing.username}" is the last active admin: make another account admin first, then change or disable this one.`,
      );
    }
  };
  /** Signed-in sessions by token hash, so a request costs no SQL; dropped on sign-out and account changes. */
  const sessions = new Map<string, { actor: Actor; expiresAt: number }>();
  const forgetSessionsOf = (staffId: number) => {
    for (const [tokenHash, session] of sessions) if (session.actor.id === staffId) sessions.delete(tokenHash);
  };
  // Compared against when the username is unknown, so a wrong name takes as long as a wrong password.
  let decoy: Promise<string> | undefined;

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
      const passwordHash = await hashPassword(staff.password);
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
      keepAnAdmin(existing, changes);
      const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
      // Again after the hash, with nothing awaited before the write: two admins demoting each other cannot both succeed.
      keepAnAdmin(context.staff.byId(id) ?? existing, changes);
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

    /**
     * Checks the password and opens a session. Whether this client may try now is decided, and
     * the attempt counted, before the hash is awaited; failures are slowed down per client.
     */
    async login(username: string, password: string, client: string): Promise<{ token: string; expiresAt: number; staff: StaffAccount }> {
      const attempt = guard.begin(username, client);
      if (!attempt.ok) throw new DomainError(429, 'too-many-requests', attempt.message, { retryAfterSeconds: attempt.retryAfterSeconds });
      const record = context.staff.byUsername(username);
      let valid: boolean;
      try {
        hasher.admit({ priority: attempt.known });
        const stored = record ? record.passwordHash : await (decoy ??= hasher.hash(randomBytes(16).toString('hex')));
        // A missing account costs the same hash as a wrong password, so timing tells nothing.
        valid = (await hasher.verify(password, stored, { priority: attempt.known })) && record !== undefined;
      } catch (error) {
        attempt.notTried();
        throw error instanceof HasherBusyError ? busy(error) : error;
      }
      if (!record || !valid || record.disabled) {
        attempt.failed();
        throw new DomainError(401, 'invalid-credentials', 'Wrong username or password.');
      }
      attempt.succeeded();
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
     * which is returned so it can be printed once. On a database without an active admin (the
     * last one was demoted or disabled outside the API), restores `admin` the same way: role
     * admin, enabled, that password, its sessions ended.
     */
    async ensureAdmin(password: string | undefined): Promise<EnsuredAdmin> {
      const empty = context.staff.count() === 0;
      if (!empty && activeAdmins() > 0) return { created: false };
      const generated = password ? undefined : randomBytes(12).toString('base64url');
      const chosen = password ?? generated!;
      const existing = context.staff.byUsername('admin');
      if (existing) {
        const passwordHash = await hashPassword(chosen);
        context.staff.update(existing.id, { role: 'admin', unitId: null, disabled: false, passwordHash });
        context.staff.deleteSessionsOf(existing.id);
        forgetSessionsOf(existing.id);
      } else {
        await this.create({ username: 'admin', password: chosen, displayName: 'Administrator', unitId: null, role: 'admin' });
      }
      return { created: empty, ...(!empty && { restored: true }), ...(generated && { generatedPassword: generated }) };
    },

    /** Ends the password-hashing threads. */
    close: () => hasher.close(),
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
