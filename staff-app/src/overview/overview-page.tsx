import { useEffect, useRef, useState } from 'react';
import type { CentreService, CounterState } from '@dintur/shared';
import { useAction, useAnnounce, useLatest } from '@dintur/web';
import { useLive, useLiveStore, useServerNow } from '../live/live-context.js';
import { useMe, useSession } from '../session/session.js';
import { strings } from '../strings.js';
import { ErrorText } from '../ui/error-text.js';
import { namesOf } from './activity.js';
import { ActivityFeed } from './activity-feed.js';
import { AlertSettingsForm } from './alert-settings-form.js';
import { CityLinkNotice } from './city-link-notice.js';
import { readAlertSettings, type AlertSettings } from './alert-settings.js';
import { alertChanges, deriveAlerts, type Alert } from './alerts.js';
import { ConfirmAction, type PendingAction } from './confirm-action.js';
import { CountersTable } from './counters-table.js';
import { overviewStrings as text } from './overview-strings.js';
import { QueuesPanel } from './queues-panel.js';
import { useActivity } from './use-activity.js';
import './overview.css';

/**
 * The unit leaders' view of the whole centre, live: alerts first, then every counter (state,
 * who sits there, what it serves and for how long, who closed it) and every queue per unit and
 * service, with services opened or closed from here, and the day's events with who did what.
 * Acting on another unit's counter or service asks first.
 */
export function OverviewPage() {
  const live = useLive();
  const store = useLiveStore();
  const { api } = useSession();
  const me = useMe();
  const announce = useAnnounce();
  const now = useServerNow(5_000);
  const activity = useActivity();
  const [settings, setSettings] = useState<AlertSettings>(() => readAlertSettings());
  // Closing a counter, opening or closing a service: what it did is said, a failure shown and said.
  const action = useAction((work: () => Promise<string>) => work(), { done: (said) => said, announceError: true });
  const [pending, setPending] = useState<PendingAction | null>(null);
  const centre = live.centre;

  const serviceName = (serviceId: string) => centre?.services.find((service) => service.id === serviceId)?.name.da ?? serviceId;
  const alerts = deriveAlerts({
    now,
    tickets: live.tickets.values(),
    transfers: live.transfers.values(),
    counters: centre?.counters ?? [],
    colleagues: live.colleagues,
    devices: live.devices.state === 'ready' ? live.devices.devices : null,
    serviceName,
    settings,
  });

  // New alerts are spoken; the first look at the page is not (the list is read with the page).
  const previousAlerts = useRef<Alert[] | null>(null);
  const alertKey = alerts.map((alert) => alert.id).join('|');
  const sayNewAlerts = useLatest(() => {
    const before = previousAlerts.current;
    previousAlerts.current = alerts;
    if (before === null || !centre) return;
    const { appeared } = alertChanges(before, alerts);
    if (appeared.length > 0) announce(appeared.map((alert) => strings.overview.newAlert(alert.text)).join(' '));
  });
  // Compared by id: the texts' minutes change every minute without being news.
  useEffect(() => sayNewAlerts.current(), [sayNewAlerts, alertKey]);

  if (!centre) return <p className="page-loading">{strings.loading}</p>;

  const names = namesOf(centre, live.colleagues);
  const personName = (staffId: number | null) => live.colleagues.find((person) => person.id === staffId)?.displayName ?? (staffId === null ? '' : '?');
  const unitName = (unitId: string) => centre.units.find((unit) => unit.id === unitId)?.name.da ?? unitId;

  /** Runs at once on one's own unit; asks first on another's (an admin belongs to none). */
  const guarded = (unitId: string, action: PendingAction) => (unitId === me.unitId ? action.run() : setPending(action));

  const closeCounter = (counter: CounterState) =>
    guarded(counter.unitId, {
      title: text.confirmCloseCounterTitle(counter.name),
      description: text.confirmCloseCounter(counter.name, unitName(counter.unitId), counter.staffId === null ? null : personName(counter.staffId)),
      confirmLabel: text.confirmCloseCounterButton(counter.name),
      run: () =>
        void action.run(async () => {
          store.takeCounter(await api.call('closeCounter', { params: { counterId: counter.id } }));
          return strings.overview.counterClosed(counter.name);
        }),
    });

  const toggleService = (service: CentreService) => {
    const name = service.name.da;
    const opening = service.closedByStaff;
    guarded(service.unitId, {
      title: opening ? text.confirmOpenServiceTitle(name) : text.confirmCloseServiceTitle(name),
      description: opening ? text.confirmOpenService(name, unitName(service.unitId)) : text.confirmCloseService(name, unitName(service.unitId)),
      confirmLabel: opening ? text.confirmOpenServiceButton(name) : text.confirmCloseServiceButton(name),
      run: () =>
        void action.run(async () => {
          if (opening) {
            await api.call('openService', { params: { id: service.id } });
            return strings.overview.serviceOpened(name);
          }
          await api.call('closeService', { params: { id: service.id } });
          return strings.overview.serviceClosed(name);
        }),
    });
  };

  return (
    <div className="overview">
      <h1 tabIndex={-1} className="page-title">
        {strings.pageTitles.overview}
      </h1>
      <ErrorText error={action.error} />
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
          <CountersTable
            centre={centre}
            tickets={live.tickets}
            now={now}
            names={names}
            personName={personName}
            changes={activity.counters}
            busy={action.busy}
            onClose={closeCounter}
          />
        </div>

        <div className="overview-side">
          <QueuesPanel centre={centre} tickets={live.tickets} now={now} names={names} changes={activity.services} busy={action.busy} onToggle={toggleService} />
          <ActivityFeed activity={activity} names={names} timeZone={centre.timeZone} />
        </div>
      </div>
      {pending && (
        <ConfirmAction
          action={pending}
          onDone={(confirmed) => {
            setPending(null);
            if (!confirmed) announce(text.leftAsIs);
          }}
        />
      )}
    </div>
  );
}
