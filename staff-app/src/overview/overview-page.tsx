import { useEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.js';
import { useLive, useLiveStore, useServerNow } from '../live/live-context.js';
import { queuesByUnit, ticketAtCounter } from '../live/queues.js';
import { useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { useAnnounce } from '../ui/announcer.js';
import { ErrorText, errorSentence } from '../ui/error-text.js';
import { formatClock, formatMinutes } from '../ui/format.js';
import { AlertSettingsForm } from './alert-settings-form.js';
import { CityLinkNotice } from './city-link-notice.js';
import { readAlertSettings, type AlertSettings } from './alert-settings.js';
import { alertChanges, deriveAlerts, type Alert } from './alerts.js';

/**
 * The unit leaders' view of the whole centre, live: alerts first, then every counter (state,
 * who sits there, what it serves and for how long) and every queue per unit and service, with
 * services opened or closed from here.
 */
export function OverviewPage() {
  const live = useLive();
  const store = useLiveStore();
  const { api } = useSession();
  const announce = useAnnounce();
  const now = useServerNow(5_000);
  const [settings, setSettings] = useState<AlertSettings>(() => readAlertSettings());
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const centre = live.centre;

  const serviceName = (serviceId: string) => centre?.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;
  const alerts = deriveAlerts({
    now,
    tickets: live.tickets.values(),
    transfers: live.transfers.values(),
    devices: live.devices.state === 'ready' ? live.devices.devices : null,
    serviceName,
    settings,
  });

  // New alerts are spoken; the first look at the page is not (the list is read with the page).
  const previousAlerts = useRef<Alert[] | null>(null);
  const alertKey = alerts.map((alert) => alert.id).join('|');
  useEffect(() => {
    const before = previousAlerts.current;
    previousAlerts.current = alerts;
    if (before === null || !centre) return;
    const { appeared } = alertChanges(before, alerts);
    if (appeared.length > 0) announce(appeared.map((alert) => strings.overview.newAlert(alert.text)).join(' '));
    // Compared by id: the texts' minutes change every minute without being news.
  }, [alertKey]);

  if (!centre) return <p className="page-loading">{strings.loading}</p>;

  const run = async (key: string, work: () => Promise<string>) => {
    setBusy(key);
    setError(null);
    try {
      announce(await work());
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      announce(errorSentence(failure), { assertive: true });
    } finally {
      setBusy(null);
    }
  };

  const personName = (staffId: number | null) => live.colleagues.find((person) => person.id === staffId)?.displayName ?? (staffId === null ? '' : '?');
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;
  const units = queuesByUnit(centre, live.tickets, now);

  return (
    <div className="overview">
      <h1 tabIndex={-1} className="page-title">
        {strings.pageTitles.overview}
      </h1>
      <ErrorText error={error} />
      <div className="overview-grid">
        <div className="overview-main">
          <section className="alerts" aria-labelledby="alerts-heading" data-testid="alerts">
            <h2 id="alerts-heading">
              {strings.overview.alertsHeading} <span className="count">({alerts.length})</span>
            </h2>
            {alerts.length === 0 ? (
              <p className="subtle">{strings.overview.noAlerts}</p>
            ) : (
              <ul className="alert-list">
                {alerts.map((alert) => (
                  <li key={alert.id} className={`alert alert-${alert.severity}`} data-alert={alert.id} data-kind={alert.kind}>
                    <span className="alert-severity">{strings.alerts.severity[alert.severity]}:</span> {alert.text}
                  </li>
                ))}
              </ul>
            )}
            <CityLinkNotice />
            {live.devices.state === 'unavailable' && <p className="subtle">{strings.overview.devicesUnavailable}</p>}
            {live.devices.state === 'failed' && <p className="subtle">{strings.overview.devicesFailed}</p>}
            <AlertSettingsForm settings={settings} onChange={setSettings} />
          </section>

          <section aria-labelledby="counters-heading" className="counters-panel">
            <h2 id="counters-heading">{strings.overview.countersHeading}</h2>
            <table className="data-table" data-testid="counters-table">
              <thead>
                <tr>
                  <th scope="col">{strings.overview.counter}</th>
                  <th scope="col">{strings.overview.status}</th>
                  <th scope="col">{strings.overview.person}</th>
                  <th scope="col">{strings.overview.serving}</th>
                  <th scope="col">{strings.overview.since}</th>
                  <th scope="col">
                    <span className="visually-hidden">{strings.accounts.actions}</span>
                  </th>
                </tr>
              </thead>
              {centre.units.map((unit) => (
                <tbody key={unit.id}>
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={6}>
                      {unit.name.da}
                    </th>
                  </tr>
                  {centre.counters
                    .filter((counter) => counter.unitId === unit.id)
                    .map((counter) => {
                      const ticket = ticketAtCounter(live.tickets, counter.id);
                      const since = ticket ? (ticket.startedAt ?? ticket.calledAt) : counter.status === 'closed' ? null : counter.since;
                      return (
                        <tr key={counter.id} data-counter={counter.id} data-status={counter.status}>
                          <th scope="row">{counter.name}</th>
                          <td>
                            <span className={`status-badge counter-${counter.status}`}>
                              {counter.status === 'paused' && counter.pauseReason ? strings.counter.pausedBecause(counter.pauseReason) : strings.counterStatus[counter.status]}
                            </span>
                          </td>
                          <td>{counter.status === 'closed' ? strings.overview.nobodyAtCounter : personName(counter.staffId)}</td>
                          <td data-testid="counter-serving">
                            {ticket
                              ? strings.overview.ticketAtCounter(ticket.number, serviceName(ticket.serviceId), strings.ticketStatus[ticket.status])
                              : counter.status === 'closed'
                                ? strings.overview.nobodyAtCounter
                                : strings.overview.idle}
                          </td>
                          <td className="nowrap">{since ? `${formatMinutes(now - Date.parse(since))} (${formatClock(since, centre.timeZone)})` : strings.overview.nobodyAtCounter}</td>
                          <td>
                            {counter.status !== 'closed' && !ticket && (
                              <button
                                type="button"
                                className="button small quiet"
                                aria-label={strings.overview.closeCounter(counter.name)}
                                disabled={busy !== null}
                                onClick={() =>
                                  void run(`counter:${counter.id}`, async () => {
                                    store.takeCounter(await api.call('closeCounter', { params: { counterId: counter.id } }));
                                    return strings.overview.counterClosed(counter.name);
                                  })
                                }
                              >
                                {strings.overview.closeCounterShort}
                              </button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              ))}
            </table>
          </section>
        </div>

        <div className="overview-side">
          <section aria-labelledby="queues-heading" className="queues-panel">
            <h2 id="queues-heading">{strings.overview.queuesHeading}</h2>
            {units.map(({ unitId, services }) => (
              <table key={unitId} className="data-table queue-table" data-unit={unitId}>
                <caption>{unitName(unitId)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.overview.service}</th>
                    <th scope="col" className="number">
                      {strings.overview.waiting}
                    </th>
                    <th scope="col" className="number">
                      {strings.overview.longestWait}
                    </th>
                    <th scope="col">{strings.overview.newTickets}</th>
                  </tr>
                </thead>
                <tbody>
                  {services.map(({ service, queue }) => (
                    <tr key={service.id} data-service={service.id}>
                      <th scope="row">{service.name.da}</th>
                      <td className="number" data-testid="queue-waiting">
                        {queue.tickets.length}
                      </td>
                      <td className="number nowrap">{queue.tickets.length > 0 ? formatMinutes(queue.longestWaitMs) : '–'}</td>
                      <td className="service-state">
                        <span className={`status-badge ${service.open ? 'service-open' : 'service-closed'}`}>
                          {service.open ? strings.overview.open : service.closedByStaff ? strings.overview.closedByStaff : strings.overview.closedByHours}
                        </span>{' '}
                        <button
                          type="button"
                          className="button small quiet"
                          disabled={busy !== null}
                          onClick={() =>
                            void run(`service:${service.id}`, async () => {
                              if (service.closedByStaff) {
                                await api.call('openService', { params: { id: service.id } });
                                return strings.overview.serviceOpened(service.name.da);
                              }
                              await api.call('closeService', { params: { id: service.id } });
                              return strings.overview.serviceClosed(service.name.da);
                            })
                          }
                        >
                          {service.closedByStaff ? strings.overview.openServiceShort : strings.overview.closeServiceShort}
                          <span className="visually-hidden"> {service.name.da}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </section>

          <section aria-labelledby="events-heading" className="happenings">
            <h2 id="events-heading">{strings.overview.eventsHeading}</h2>
            <div role="log" aria-live="polite" aria-relevant="additions" data-testid="happenings">
              {live.happenings.length === 0 ? (
                <p className="subtle">{strings.overview.noEvents}</p>
              ) : (
                <ol>
                  {live.happenings.map((happening) => (
                    <li key={happening.key}>
                      <span className="subtle">{formatClock(happening.at, centre.timeZone)}</span> {happening.text}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
