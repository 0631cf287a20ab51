import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { roles, type StaffAccount } from '@dintur/shared';
import { useAction, useAnnounce } from '@dintur/web';
import { useLive } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { accountProblems, type AccountDraft, type AccountField } from './form-rules.js';

const emptyDraft: AccountDraft = { displayName: '', username: '', password: '', unitId: '', role: 'staff', disabled: false };

/** An existing account as the edit form starts from it (no password: a new one is optional). */
const draftOf = (account: StaffAccount): AccountDraft => ({
  displayName: account.displayName,
  username: account.username,
  password: '',
  unitId: account.unitId ?? '',
  role: account.role,
  disabled: account.disabled,
});

type AccountFormProps =
  | { mode: 'create'; onSaved(account: StaffAccount): void }
  | { mode: 'edit'; account: StaffAccount; nameField: RefObject<HTMLInputElement | null>; onSaved(account: StaffAccount): void; onCancel(): void };

/**
 * The one account form, for a new account and for changing one: the same fields, rules, error
 * handling and announcements. A new account asks for a username and a password; a change may
 * set a new password and disable the account. The field ids start with "new-" or "edit-".
 */
export function AccountForm(props: AccountFormProps) {
  const { api } = useSession();
  const announce = useAnnounce();
  const { mode } = props;
  const prefix = mode === 'create' ? 'new' : 'edit';
  const [draft, setDraft] = useState<AccountDraft>(() => (props.mode === 'edit' ? draftOf(props.account) : emptyDraft));
  const [problems, setProblems] = useState<Partial<Record<AccountField, string>>>({});
  const set = (changes: Partial<AccountDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const displayName = draft.displayName.trim() ? { displayName: draft.displayName.trim() } : {};

  // A refusal is shown above the button and said at once; the page announces what was saved.
  const save = useAction(
    (): Promise<StaffAccount> =>
      props.mode === 'create'
        ? api.call('createStaff', { body: { username: draft.username.trim(), password: draft.password, ...displayName, unitId: draft.unitId || null, role: draft.role } })
        : api.call('updateStaff', {
            params: { id: props.account.id },
            body: { ...displayName, unitId: draft.unitId || null, role: draft.role, disabled: draft.disabled, ...(draft.password && { password: draft.password }) },
          }),
    { announceError: true },
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = accountProblems(draft, mode);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      announce(Object.values(found).join(' '), { assertive: true });
      document.getElementById(`${prefix}-${first}`)?.focus();
      return;
    }
    const account = await save.run();
    if (!account) return;
    if (props.mode === 'create') setDraft(emptyDraft);
    props.onSaved(account);
    if (props.mode === 'create') document.getElementById('new-displayName')?.focus();
  };

  const passwordField = (
    <>
      <label htmlFor={`${prefix}-password`}>{mode === 'create' ? strings.accounts.password : strings.accounts.newPassword}</label>
      <input
        id={`${prefix}-password`}
        type="password"
        autoComplete="new-password"
        value={draft.password}
        onChange={(event) => set({ password: event.target.value })}
        aria-invalid={problems.password ? true : undefined}
        aria-describedby={`${prefix}-password-hint ${prefix}-password-error`}
      />
      <p className="subtle" id={`${prefix}-password-hint`}>
        {mode === 'create' ? strings.accounts.passwordHint : strings.accounts.newPasswordHint}
      </p>
      <FieldError id={`${prefix}-password-error`} text={problems.password} />
    </>
  );

  return (
    <form className="form-grid" onSubmit={(event) => void submit(event)} noValidate data-testid={mode === 'create' ? 'create-account' : 'edit-account'}>
      <label htmlFor={`${prefix}-displayName`}>{strings.accounts.name}</label>
      <input
        id={`${prefix}-displayName`}
        ref={props.mode === 'edit' ? props.nameField : undefined}
        value={draft.displayName}
        onChange={(event) => set({ displayName: event.target.value })}
        autoComplete="off"
      />
      {props.mode === 'create' ? (
        <>
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
          {passwordField}
          <UnitAndRoleFields draft={draft} set={set} problems={problems} idPrefix={prefix} />
          <ErrorText error={save.error} />
          <button type="submit" className="button primary" disabled={save.busy}>
            {strings.accounts.create}
          </button>
        </>
      ) : (
        <>
          <UnitAndRoleFields draft={draft} set={set} problems={problems} idPrefix={prefix} />
          {passwordField}
          <label className="checkbox">
            <input type="checkbox" checked={draft.disabled} onChange={(event) => set({ disabled: event.target.checked })} />
            {strings.accounts.disable}
          </label>
          <ErrorText error={save.error} />
          <div className="dialog-actions">
            <button type="submit" className="button primary" disabled={save.busy}>
              {strings.save}
            </button>
            <button type="button" className="button quiet" onClick={props.onCancel}>
              {strings.cancel}
            </button>
          </div>
        </>
      )}
    </form>
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
      <FieldError id={`${idPrefix}-unit-error`} text={problems.unitId} />
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

function FieldError({ id, text }: { id: string; text: string | undefined }): ReactNode {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}
