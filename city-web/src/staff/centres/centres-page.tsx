import { useEffect, useRef, useState } from 'react';
import type { CityCentre } from '@dintur/shared';
import type { CentreWithKey } from '../../api/city-client.js';
import { asApiError, useAnnounce, type ApiError } from '@dintur/web';
import { formatWhen } from '../../format/clock.js';
import { usePoll } from '../../ui/use-poll.js';
import { useCity } from '../session/session.js';
import { failureText, strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { PageHeading } from '../ui/page-heading.js';
import { KeyPanel } from './key-panel.js';
import { RegisterForm } from './register-form.js';

const text = strings.centres;

/** How often the list asks for the centres' links. */
const pollMs = 5_000;

/**
 * `/staff/centres` (admins): register a centre and give its server the key, shown once; renew a
 * centre's key; every centre's link to the hub.
 */
export function CentresPage() {
  const city = useCity();
  const announce = useAnnounce();
  const centres = usePoll(() => city.call('listCentres'), pollMs);
  const [shown, setShown] = useState<{ centre: CentreWithKey; how: 'registered' | 'renewed' } | null>(null);

  const showKey = (centre: CentreWithKey, how: 'registered' | 'renewed') => {
    setShown({ centre, how });
    announce(how === 'registered' ? text.registered(centre.name) : text.renewed(centre.name));
    centres.refresh();
  };
  // Back to where the key came from: the form for the next centre, or the renewed centre's row.
  const keyDone = () => {
    if (!shown) return;
    setShown(null);
    const target = shown.how === 'registered' ? document.getElementById('centre-id') : renewButtonOf(shown.centre.id);
    target?.focus();
  };

  return (
    <div className="centres-page">
      <PageHeading>{strings.pageTitles.centres}</PageHeading>
      <p className="lead">{text.intro}</p>
      {shown && <KeyPanel key={shown.centre.key} centre={shown.centre} onDone={keyDone} />}
      <RegisterForm onRegistered={(centre) => showKey(centre, 'registered')} />
      <section aria-labelledby="centres-heading" className="centres-list">
        <h2 id="centres-heading">{text.listHeading}</h2>
        {centres.error !== null && centres.data === null && <ErrorText error={asApiError(centres.error)} />}
        {centres.data === null ? (
          centres.error === null && <p>{strings.loading}</p>
        ) : centres.data.length === 0 ? (
          <p>{text.noCentres}</p>
        ) : (
          <CentresTable centres={centres.data} onRenewed={(centre) => showKey(centre, 'renewed')} />
        )}
      </section>
    </div>
  );
}

const renewButtonOf = (centreId: string) => document.querySelector<HTMLElement>(`tr[data-centre="${CSS.escape(centreId)}"] button[data-action="renew"]`);

function CentresTable({ centres, onRenewed }: { centres: CityCentre[]; onRenewed(centre: CentreWithKey): void }) {
  const [asking, setAsking] = useState<string | null>(null);
  const now = Date.now();
  const columns = text.columns;
  const sorted = [...centres].sort((left, right) => left.name.localeCompare(right.name, 'da'));
  return (
    <table className="data-table" data-testid="registered-centres">
      <thead>
        <tr>
          <th scope="col">{columns.centre}</th>
          <th scope="col">{columns.id}</th>
          <th scope="col">{columns.link}</th>
          <th scope="col">{columns.lastSeen}</th>
          <th scope="col">{columns.registered}</th>
          <th scope="col">{columns.key}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((centre) => (
          <tr key={centre.id} data-centre={centre.id} data-linked={centre.linked}>
            <th scope="row">{centre.name}</th>
            <td>
              <code>{centre.id}</code>
            </td>
            <td>
              <span className={`status-badge ${centre.linked ? 'status-ok' : 'status-off'}`}>{centre.linked ? strings.overview.linked : strings.overview.notLinked}</span>
            </td>
            <td>{centre.lastSeenAt === null ? strings.never : formatWhen(centre.lastSeenAt, now)}</td>
            <td>{formatWhen(centre.createdAt, now)}</td>
            <td>
              {asking === centre.id ? (
                <RenewKey
                  centre={centre}
                  onCancel={() => {
                    setAsking(null);
                    // The question is gone: focus goes back to the button that asked it.
                    window.setTimeout(() => renewButtonOf(centre.id)?.focus());
                  }}
                  onRenewed={(renewed) => {
                    setAsking(null);
                    onRenewed(renewed);
                  }}
                />
              ) : (
                <button type="button" className="button small" data-action="renew" aria-label={text.renewKeyFor(centre.name)} onClick={() => setAsking(centre.id)}>
                  {text.renewKey}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Renewing a key, asked first: the old key stops working at once. */
function RenewKey({ centre, onCancel, onRenewed }: { centre: CityCentre; onCancel(): void; onRenewed(centre: CentreWithKey): void }) {
  const city = useCity();
  const announce = useAnnounce();
  const question = useRef<HTMLParagraphElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => question.current?.focus(), []);

  const renew = async () => {
    setBusy(true);
    setError(null);
    try {
      onRenewed(await city.call('renewCentreKey', { params: { centreId: centre.id }, body: {} }));
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      announce(failureText(failure.code), { assertive: true });
      setBusy(false);
    }
  };

  return (
    <div className="renew-confirm" role="group" aria-labelledby={`renew-${centre.id}`}>
      <p id={`renew-${centre.id}`} ref={question} tabIndex={-1} className="renew-question">
        {text.renewQuestion(centre.name)}
      </p>
      <p className="subtle">{text.renewConsequence}</p>
      <ErrorText error={error} />
      <div className="form-actions">
        <button type="button" className="button danger" disabled={busy} onClick={() => void renew()}>
          {busy ? text.renewing : text.confirmRenew}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {strings.cancel}
        </button>
      </div>
    </div>
  );
}
