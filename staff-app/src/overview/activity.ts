import { activityEventNames, type ActivityEvent, type ActivityEventName, type Centre, type Colleague, type CounterStatus, type ServerEvent } from '@dintur/shared';
import { localDateOf } from '@dintur/web';
import { strings } from '../strings.js';
import { overviewStrings as text } from './overview-strings.js';

/** How many events the overview's feed shows. */
export const feedKept = 15;

/**
 * One line of the feed: the event, and whether it was read from the log (which says who did it)
 * or only seen on the public stream (which does not, until the log is read again).
 */
export type FeedEntry = { event: ActivityEvent; fromLog: boolean };

const isActivityEvent = (event: ServerEvent): event is Extract<ServerEvent, { type: ActivityEventName }> =>
  (activityEventNames as readonly string[]).includes(event.type);

/** A live stream event as a feed entry (null for events the feed does not show), stamped with the server's now. */
export function fromStream(event: ServerEvent, at: number): FeedEntry | null {
  if (!isActivityEvent(event)) return null;
  const known = { at: new Date(at).toISOString(), staffId: null };
  return { event: event.type === 'counter.changed' ? { ...event, ...known, signedOutStaffId: null } : { ...event, ...known }, fromLog: false };
}

/** The feed after new entries: one per event id (what the log says wins over the stream), newest first. */
export function mergeFeed(current: readonly FeedEntry[], incoming: readonly FeedEntry[]): FeedEntry[] {
  const byId = new Map<number, FeedEntry>();
  for (const entry of [...current, ...incoming]) {
    const known = byId.get(entry.event.id);
    if (!known || entry.fromLog || !known.fromLog) byId.set(entry.event.id, entry);
  }
  return [...byId.values()].sort((first, second) => second.event.id - first.event.id).slice(0, feedKept);
}

/** Names for ids: what the feed and the overview put to the log's ids. */
export type Names = {
  service(serviceId: string): string;
  /** "Mette Hansen (Pension og Omsorg)". */
  person(staffId: number): string;
};

/** The names the overview uses, from the centre and the colleagues the app knows. */
export function namesOf(centre: Pick<Centre, 'services' | 'units'>, colleagues: readonly Pick<Colleague, 'id' | 'displayName' | 'unitId'>[]): Names {
  return {
    service: (serviceId) => centre.services.find((service) => service.id === serviceId)?.name.da ?? serviceId,
    person: (staffId) => {
      const person = colleagues.find((colleague) => colleague.id === staffId);
      if (!person) return text.unknownPerson;
      const unit = person.unitId === null ? null : (centre.units.find((candidate) => candidate.id === person.unitId)?.name.da ?? person.unitId);
      return text.person(person.displayName, unit);
    },
  };
}

const counterVerbs: Record<CounterStatus, string> = { open: 'åbnet', paused: 'sat på pause', closed: 'lukket' };

/** The feed's sentence for an event: "A2 taget: Pas", "Skranke 2 lukket af Mette (Pension og Omsorg); Poul blev logget ud". */
export function describeEntry({ event, fromLog }: FeedEntry, names: Names): string {
  switch (event.type) {
    case 'ticket.issued':
      return strings.events.issued(event.data.ticket.number, names.service(event.data.ticket.serviceId));
    case 'ticket.called':
      return strings.events.called(event.data.ticket.number, event.data.call.counterName);
    case 'ticket.recalled':
      return strings.events.recalled(event.data.ticket.number, event.data.call.counterName);
    case 'ticket.started':
      return strings.events.started(event.data.ticket.number);
    case 'ticket.finished':
      return strings.events.finished(event.data.ticket.number, strings.outcomes[event.data.outcome]);
    case 'ticket.no-show':
      return strings.events.noShow(event.data.ticket.number);
    case 'ticket.cancelled':
      return strings.events.cancelled(event.data.ticket.number);
    case 'ticket.transferred':
      return strings.events.transferred(event.data.ticket.number, names.service(event.data.ticket.serviceId));
    case 'counter.changed': {
      const { counter } = event.data;
      if (!fromLog || event.staffId === null) return text.counterEvent(counter.name, strings.counterStatus[counter.status]);
      if (event.signedOutStaffId !== null) return text.counterEventSignedOut(counter.name, names.person(event.staffId), names.person(event.signedOutStaffId));
      return text.counterEventBy(counter.name, counterVerbs[counter.status], names.person(event.staffId));
    }
    case 'service.changed': {
      const service = names.service(event.data.serviceId);
      if (!fromLog || event.staffId === null) return text.serviceEvent(service, event.data.open);
      return text.serviceEventBy(service, !event.data.closedByStaff, names.person(event.staffId));
    }
  }
}

/** When a change was made: "10:42" today, "23.11. 17:55" on an earlier day (a service stays closed across days). */
export function formatChangedAt(at: string, timeZone: string, today: string, clock: (instant: string, timeZone: string) => string): string {
  // The local date as YYYY-MM-DD, written the Danish way by hand (browsers differ on "23.11" and "23.11.").
  const date = localDateOf(at, timeZone);
  const time = clock(at, timeZone);
  if (date === today) return time;
  const [, month, day] = date.split('-');
  return text.dayAndTime(`${Number(day)}.${Number(month)}.`, time);
}
