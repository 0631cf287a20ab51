import type { StatsSms } from '@dintur/shared';
import { textOf, type LoggedEvent } from '@dintur/shared/statistics';

/** The SMS events statistics read: one per message that was sent, or ended unsent. */
export const smsEventTypes = ['sms.sent', 'sms.failed'] as const;

/** The order kinds are listed in: a booking's life, then a walk-in's. */
const kindOrder = ['booked', 'reminder', 'moved', 'cancelled', 'near', 'called', 'transferred'];

/**
 * SMS in the period by kind — sent, failed (refused or given up) and limited — counted when the
 * message was sent or ended, and the period's no-shows with and without a reminder sent. A
 * message about an appointment or ticket of a service outside the filter is left out; one whose
 * service is not known (an old entry) counts only without a filter.
 */
export function smsFigures(
  events: readonly LoggedEvent[],
  noShows: readonly LoggedEvent[],
  reminded: ReadonlySet<string>,
  include: (serviceId: string) => boolean,
  filtered: boolean,
): StatsSms {
  const byKind = new Map<string, { sent: number; failed: number; limited: number }>();
  const total = { sent: 0, failed: 0, limited: 0 };
  for (const event of events) {
    const serviceId = textOf(event, 'serviceId');
    if (serviceId === null ? filtered : !include(serviceId)) continue;
    const kind = textOf(event, 'kind') ?? 'unknown';
    const figures = byKind.get(kind) ?? { sent: 0, failed: 0, limited: 0 };
    const outcome = event.type === 'sms.sent' ? 'sent' : textOf(event, 'reason') === 'limited' ? 'limited' : 'failed';
    figures[outcome] += 1;
    total[outcome] += 1;
    byKind.set(kind, figures);
  }
  let noShowsReminded = 0;
  let noShowsNotReminded = 0;
  for (const event of noShows) {
    const serviceId = textOf(event, 'serviceId');
    if (serviceId === null || !include(serviceId)) continue;
    const code = textOf(event, 'code');
    if (code !== null && reminded.has(code)) noShowsReminded += 1;
    else noShowsNotReminded += 1;
  }
  const rank = (kind: string) => (kindOrder.includes(kind) ? kindOrder.indexOf(kind) : kindOrder.length);
  return {
    total,
    byKind: [...byKind.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([kind, figures]) => ({ kind, ...figures })),
    noShowsReminded,
    noShowsNotReminded,
  };
}
