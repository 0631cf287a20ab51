import type { KioskChoiceFigures, StatsChannels } from '@dintur/shared';
import { type LoggedEvent, share, oneOf, textOf, type Visit } from '@dintur/shared/statistics';

const choices = ['self-service', 'ticket'] as const;

/** A citizen's choice at the kiosk for a service that can be done online (`kiosk.choice`). */
export type KioskChoice = { serviceId: string; choice: (typeof choices)[number] };

/** The kiosk choices among events; entries without a service or a known choice are left out. */
export function kioskChoicesOf(events: readonly LoggedEvent[]): KioskChoice[] {
  const found: KioskChoice[] = [];
  for (const event of events) {
    if (event.type !== 'kiosk.choice') continue;
    const serviceId = textOf(event, 'serviceId');
    const choice = oneOf(event, 'choice', choices);
    if (serviceId && choice) found.push({ serviceId, choice });
  }
  return found;
}

function tally(list: readonly KioskChoice[]): KioskChoiceFigures {
  const selfService = list.filter((entry) => entry.choice === 'self-service').length;
  const ticket = list.length - selfService;
  return { selfService, ticket, selfServiceShare: share(selfService, list.length) };
}

/**
 * How citizens used the channels: how the numbers were taken (kiosk, web, checked-in
 * appointment), and at the kiosk how many chose self-service online instead of a number when it
 * was offered — per service in `services` (the report's, in order) and in all.
 */
export function channelFigures(
  visits: readonly Visit[],
  kioskChoices: readonly KioskChoice[],
  services: readonly { serviceId: string; name: StatsChannels['kioskChoicesByService'][number]['name'] }[],
  include: (serviceId: string) => boolean,
): StatsChannels {
  const ticketsByChannel: StatsChannels['ticketsByChannel'] = { kiosk: 0, web: 0, appointment: 0, unknown: 0 };
  for (const visit of visits) if (include(visit.stays[0]!.serviceId)) ticketsByChannel[visit.channel] += 1;
  const kept = kioskChoices.filter((entry) => include(entry.serviceId));
  return {
    ticketsByChannel,
    kioskChoices: tally(kept),
    kioskChoicesByService: services
      .map(({ serviceId, name }) => ({ serviceId, name, ...tally(kept.filter((entry) => entry.serviceId === serviceId)) }))
      .filter((row) => row.selfService + row.ticket > 0),
  };
}
