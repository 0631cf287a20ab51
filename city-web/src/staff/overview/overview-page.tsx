import { formatClockWithSeconds, formatWhen } from '../../format/clock.js';
import { Link } from '@dintur/web';
import { mayVisit, staffHref } from '../../routing/routes.js';
import { usePoll, useServerNow } from '../../ui/use-poll.js';
import { useCity, useMe } from '../session/session.js';
import { strings } from '../strings.js';
import { PageHeading } from '../ui/page-heading.js';
import { centreRows, silentCentres, type CentreRow } from './centre-rows.js';

/** How often the overview asks the hub. */
const pollMs = 5_000;

const text = strings.overview;

/**
 * `/staff/`: every centre live — linked or not, when it was last heard, how far behind, its
 * newest event, open or closed and how many wait — with a banner naming every centre that has
 * gone silent during its opening hours.
 */
export function OverviewPage() {
  const city = useCity();
  const me = useMe();
  const centres = usePoll(() => city.call('listCentres'), pollMs);
  const waits = usePoll(() => city.call('waits'), pollMs);
  // Ages are counted by the hub's clock (the waits carry it), this PC's until the first answer.
  const hubNow = useServerNow(waits.data?.serverTime, waits.receivedAt) ?? Date.now();
  const rows = centres.data ? centreRows(centres.data, waits.data) : null;
  const silent = rows ? silentCentres(rows) : [];

  return (
    <div className="overview">
      <PageHeading>{strings.pageTitles.overview}</PageHeading>
      <p className="lead">{text.intro}</p>

      {/* Always there, so a centre going silent is said at once; its words change only when the list does. */}
      <div role="alert" data-testid="silent-alert">
        {silent.length > 0 && (
          <section className="alert-banner" aria-labelledby="silent-heading">
            <h2 id="silent-heading">{text.silentHeading(silent.length)}</h2>
            <ul>
              {silent.map((row) => (
                <li key={row.id} data-centre={row.id}>
                  {row.lastSeenAt === null ? text.silentNever(row.name) : text.silentLine(row.name, formatWhen(row.lastSeenAt, hubNow))}
                </li>
              ))}
            </ul>
            <p>{text.silentHelp}</p>
          </section>
        )}
      </div>

      {centres.error !== null && (
        <p className="warning-text" data-testid="overview-failed">
          {text.failed}
        </p>
      )}
      {rows === null ? (
        centres.error === null && <p className="page-loading">{strings.loading}</p>
      ) : rows.length === 0 ? (
        <div className="empty">
          <p>{text.noCentres}</p>
          {mayVisit(me.role, 'centres') && (
            <p>
              <Link href={staffHref('centres')}>{text.registerFirst}</Link>
            </p>
          )}
        </div>
      ) : (
        <>
          {silent.length === 0 && <p className="all-linked">{text.allLinked}</p>}
          <CentresTable rows={rows} hubNow={hubNow} />
          {centres.receivedAt !== null && <p className="subtle updated-at">{text.updated(formatClockWithSeconds(hubNow))}</p>}
        </>
      )}
    </div>
  );
}

function CentresTable({ rows, hubNow }: { rows: CentreRow[]; hubNow: number }) {
  const columns = text.columns;
  const ago = (instant: string) => strings.time.secondsAgo(Math.max(0, Math.round((hubNow - Date.parse(instant)) / 1000)));
  return (
    <table className="data-table centres-live" data-testid="centres-table">
      <caption className="visually-hidden">{text.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.centre}</th>
          <th scope="col">{columns.link}</th>
          <th scope="col">{columns.lastSeen}</th>
          <th scope="col">
            {columns.lag} <span className="visually-hidden">({text.lagHint})</span>
          </th>
          <th scope="col">{columns.lastEvent}</th>
          <th scope="col">{columns.open}</th>
          <th scope="col" className="number">
            {columns.waiting}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-centre={row.id} data-linked={row.linked} data-silent={row.silent}>
            <th scope="row">
              {row.name} <span className="subtle">({row.id})</span>
            </th>
            <td>
              <span className={`status-badge ${row.silent ? 'status-critical' : row.linked ? 'status-ok' : 'status-off'}`}>
                {row.silent ? text.silent : row.linked ? text.linked : text.notLinked}
              </span>
            </td>
            <td>{row.lastSeenAt === null ? strings.never : `${formatWhen(row.lastSeenAt, hubNow)} (${ago(row.lastSeenAt)})`}</td>
            <td>{row.lagSeconds === null ? strings.noValue : strings.time.seconds(row.lagSeconds)}</td>
            <td>{row.lastEventAt === null ? text.noEvents : `${formatWhen(row.lastEventAt, hubNow)}, ${text.eventNumber(row.lastEventId)}`}</td>
            <td>{row.openNow === null ? strings.noValue : row.openNow ? strings.yes : strings.no}</td>
            <td className="number">{row.waiting ?? strings.noValue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
