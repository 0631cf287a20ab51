import { activityEventNames, ActivityEvent, CounterStatus, type Activity, type CounterChange, type ServiceChange } from '@dintur/shared';
import type { EngineContext } from './context.js';
import { startOfBusinessDay } from './centre-view.js';
import { iso } from './views.js';

const staffIdOf = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/**
 * What the leaders' overview shows of who did what: the business day's newest events as the live
 * stream published them, each with the staff id the log keeps (the stream is public and does not
 * say who), and the latest change of each counter today and of each service ever (a service
 * closed by staff stays closed across days). The log holds ids, never names: the staff app puts
 * the names to them.
 */
export function recentActivity(context: EngineContext, limit: number): Activity {
  return context.transaction(() => {
    const dayStart = startOfBusinessDay(context);
    const events = context.events.newestPublishedOfTypes(activityEventNames, dayStart, limit).flatMap((event) => {
      // An entry whose payload no longer matches today's event map (an older version's) is left out.
      const parsed = ActivityEvent.safeParse({
        id: event.id,
        at: iso(event.at),
        type: event.type,
        staffId: event.staffId,
        data: event.payload,
        ...(event.type === 'counter.changed' && { signedOutStaffId: staffIdOf(event.details['signedOutStaffId']) }),
      });
      return parsed.success ? [parsed.data] : [];
    });
    const counters = context.events.latestOfTypePerCounterSince('counter.changed', dayStart).flatMap((event): CounterChange[] => {
      const status = CounterStatus.safeParse(event.details['status']);
      if (event.counterId === null || !status.success) return [];
      return [{ counterId: event.counterId, status: status.data, at: iso(event.at), staffId: event.staffId, signedOutStaffId: staffIdOf(event.details['signedOutStaffId']) }];
    });
    const services = context.events.latestServiceChanges().flatMap((event): ServiceChange[] => {
      const { serviceId, closedByStaff } = event.details;
      if (typeof serviceId !== 'string' || typeof closedByStaff !== 'boolean') return [];
      return [{ serviceId, closedByStaff, at: iso(event.at), staffId: event.staffId }];
    });
    return { events, counters, services };
  });
}
