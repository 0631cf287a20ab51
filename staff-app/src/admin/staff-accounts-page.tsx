import { useCallback, useEffect, useRef, useState } from 'react';
import type { StaffAccount } from '@dintur/shared';
import { asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { useLive, useLiveStore } from '../live/live-context.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { Dialog } from '../ui/dialog.js';
import { ErrorText } from '../ui/error-text.js';
import { AccountForm } from './account-form.js';

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
        <section aria-labelledby="create-heading" className="create-account">
          <h2 id="create-heading">{strings.accounts.createHeading}</h2>
          <AccountForm mode="create" onSaved={(account) => void changed(strings.accounts.created(account.displayName))} />
        </section>
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

function EditAccountDialog({ account, onClose, onSaved }: { account: StaffAccount; onClose(): void; onSaved(account: StaffAccount): void }) {
  const nameField = useRef<HTMLInputElement>(null);
  return (
    <Dialog title={strings.accounts.editHeading(account.displayName)} onClose={onClose} initialFocus={nameField}>
      <AccountForm mode="edit" account={account} nameField={nameField} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}
