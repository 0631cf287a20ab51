import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { roles, type StaffAccount } from '@dintur/shared';
import { asApiError, type ApiError } from '../api/api-error.js';
import { useLive, useLiveStore } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { useAnnounce } from '../ui/announcer.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText, errorSentence } from '../ui/error-text.js';
import { accountProblems, type AccountDraft, type AccountField } from './form-rules.js';

const emptyDraft: AccountDraft = { displayName: '', username: '', password: '', unitId: '', role: 'staff', disabled: false };

/**
 * Staff accounts and roles (admin): the list, a new account, and for each one its name, unit,
 * role, a new password or disabling it. The server checks every rule again.
 */
export function StaffAccountsPage() {
  const { api } = useSession();
  const live = useLive();
  const store = useLiveStore();
  const announce = useAnnounce();
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<StaffAccount | null>(null);
  const centre = live.centre;

  const reload = useCallback(async () => {
    try {
      setAccounts(await api.call('listStaff'));
      setLoadError(null);
    } catch (caught) {
      setLoadError(asApiError(caught));
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const unitName = (unitId: string | null) => (unitId === null ? strings.none : (centre?.units.find((unit) => unit.id === unitId)?.name.da ?? unitId));

  const changed = async (message: string) => {
    announce(message);
    await reload();
    store.refreshColleagues();
  };

  return (
    <div className="accounts">
      <h1 tabIndex={-1} className="page-title">
        {strings.pageTitles.staffAccounts}
      </h1>
      <div className="accounts-grid">
        <CreateAccountForm onCreated={(account) => void changed(strings.accounts.created(account.displayName))} />
        <section aria-labelledby="accounts-heading">
          <h2 id="accounts-heading">{strings.accounts.listHeading}</h2>
          <ErrorText error={loadError} />
          {!accounts && !loadError && <p>{strings.loading}</p>}
          {accounts && (
            <table className="data-table" data-testid="accounts-table">
              <thead>
                <tr>
                  <th scope="col">{strings.accounts.name}</th>
                  <th scope="col">{strings.accounts.username}</th>
                  <th scope="col">{strings.accounts.unit}</th>
                  <th scope="col">{strings.accounts.role}</th>
                  <th scope="col">{strings.accounts.status}</th>
                  <th scope="col">
                    <span className="visually-hidden">{strings.accounts.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.id} data-username={account.username}>
                    <th scope="row">{account.displayName}</th>
                    <td>{account.username}</td>
                    <td>{unitName(account.unitId)}</td>
                    <td data-testid="account-role">{strings.roles[account.role]}</td>
                    <td>
                      <span className={`status-badge ${account.disabled ? 'account-disabled' : 'account-active'}`}>
                        {account.disabled ? strings.accounts.disabledStatus : strings.accounts.active}
                      </span>
                    </td>
                    <td>
                      <button type="button" className="button small quiet" aria-label={strings.accounts.editLabel(account.displayName)} onClick={() => setEditing(account)}>
                        {strings.accounts.edit}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      {editing && (
        <EditAccountDialog
          account={editing}
          onClose={() => setEditing(null)}
          onSaved={(account) => {
            setEditing(null);
            void changed(strings.accounts.updated(account.displayName));
          }}
        />
      )}
    </div>
  );
}

function UnitAndRoleFields({ draft, set, problems, idPrefix }: { draft: AccountDraft; set(changes: Partial<AccountDraft>): void; problems: Partial<Record<AccountField, string>>; idPrefix: string }) {
  const live = useLive();
  return (
    <>
      <label htmlFor={`${idPrefix}-unit`}>{strings.accounts.unit}</label>
      <select
        id={`${idPrefix}-unit`}
        value={draft.unitId}
        onChange={(event) => set({ unitId: event.target.value })}
        aria-invalid={problems.unitId ? true : undefined}
        aria-describedby={problems.unitId ? `${idPrefix}-unit-error` : undefined}
      >
        <option value="">{strings.accounts.noUnit}</option>
        {live.centre?.units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name.da}
          </option>
        ))}
      </select>
      {problems.unitId && (
        <p className="field-error" id={`${idPrefix}-unit-error`}>
          {problems.unitId}
        </p>
      )}
      <label htmlFor={`${idPrefix}-role`}>{strings.accounts.role}</label>
      <select id={`${idPrefix}-role`} value={draft.role} onChange={(event) => set({ role: roles.find((role) => role === event.target.value) ?? draft.role })}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {strings.roles[role]}
          </option>
        ))}
      </select>
    </>
  );
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}

function CreateAccountForm({ onCreated }: { onCreated(account: StaffAccount): void }) {
  const { api } = useSession();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<AccountDraft>(emptyDraft);
  const [problems, setProblems] = useState<Partial<Record<AccountField, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<AccountDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = accountProblems(draft, 'create');
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      announce(Object.values(found).join(' '), { assertive: true });
      document.getElementById(`new-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const account = await api.call('createStaff', {
        body: {
          username: draft.username.trim(),
          password: draft.password,
          ...(draft.displayName.trim() && { displayName: draft.displayName.trim() }),
          unitId: draft.unitId || null,
          role: draft.role,
        },
      });
      setDraft(emptyDraft);
      onCreated(account);
      document.getElementById('new-displayName')?.focus();
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      announce(errorSentence(failure), { assertive: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="create-heading" className="create-account">
      <h2 id="create-heading">{strings.accounts.createHeading}</h2>
      <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate data-testid="create-account">
        <label htmlFor="new-displayName">{strings.accounts.name}</label>
        <input id="new-displayName" value={draft.displayName} onChange={(event) => set({ displayName: event.target.value })} autoComplete="off" />
        <label htmlFor="new-username">{strings.accounts.username}</label>
        <input
          id="new-username"
          value={draft.username}
          onChange={(event) => set({ username: event.target.value })}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={problems.username ? true : undefined}
          aria-describedby="new-username-hint new-username-error"
        />
        <p className="subtle" id="new-username-hint">
          {strings.accounts.usernameHint}
        </p>
        <FieldError id="new-username-error" text={problems.username} />
        <label htmlFor="new-password">{strings.accounts.password}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => set({ password: event.target.value })}
          aria-invalid={problems.password ? true : undefined}
          aria-describedby="new-password-hint new-password-error"
        />
        <p className="subtle" id="new-password-hint">
          {strings.accounts.passwordHint}
        </p>
        <FieldError id="new-password-error" text={problems.password} />
        <UnitAndRoleFields draft={draft} set={set} problems={problems} idPrefix="new" />
        <ErrorText error={error} />
        <button type="submit" className="button primary" disabled={busy}>
          {strings.accounts.create}
        </button>
      </form>
    </section>
  );
}

function EditAccountDialog({ account, onClose, onSaved }: { account: StaffAccount; onClose(): void; onSaved(account: StaffAccount): void }) {
  const { api } = useSession();
  const announce = useAnnounce();
  const nameField = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<AccountDraft>({
    displayName: account.displayName,
    username: account.username,
    password: '',
    unitId: account.unitId ?? '',
    role: account.role,
    disabled: account.disabled,
  });
  const [problems, setProblems] = useState<Partial<Record<AccountField, string>>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (changes: Partial<AccountDraft>) => setDraft((current) => ({ ...current, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = accountProblems(draft, 'edit');
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      announce(Object.values(found).join(' '), { assertive: true });
      document.getElementById(`edit-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await api.call('updateStaff', {
        params: { id: account.id },
        body: {
          ...(draft.displayName.trim() && { displayName: draft.displayName.trim() }),
          unitId: draft.unitId || null,
          role: draft.role,
          disabled: draft.disabled,
          ...(draft.password && { password: draft.password }),
        },
      });
      onSaved(saved);
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      announce(errorSentence(failure), { assertive: true });
      setBusy(false);
    }
  };

  return (
    <Dialog title={strings.accounts.editHeading(account.displayName)} onClose={onClose} initialFocus={nameField}>
      <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate data-testid="edit-account">
        <label htmlFor="edit-displayName">{strings.accounts.name}</label>
        <input id="edit-displayName" ref={nameField} value={draft.displayName} onChange={(event) => set({ displayName: event.target.value })} autoComplete="off" />
        <UnitAndRoleFields draft={draft} set={set} problems={problems} idPrefix="edit" />
        <label htmlFor="edit-password">{strings.accounts.newPassword}</label>
        <input
          id="edit-password"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(event) => set({ password: event.target.value })}
          aria-invalid={problems.password ? true : undefined}
          aria-describedby="edit-password-hint edit-password-error"
        />
        <p className="subtle" id="edit-password-hint">
          {strings.accounts.newPasswordHint}
        </p>
        <FieldError id="edit-password-error" text={problems.password} />
        <label className="checkbox">
          <input type="checkbox" checked={draft.disabled} onChange={(event) => set({ disabled: event.target.checked })} />
          {strings.accounts.disable}
        </label>
        <ErrorText error={error} />
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {strings.save}
          </button>
          <button type="button" className="button quiet" onClick={onClose}>
            {strings.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
