import { withQueues, type Centre, type ServerEvent } from '@dintur/shared';

/** What an event does to the kiosk's picture of the centre. */
export type CentreUpdate = {
  centre: Centre | null;
  /** The event says something changed that only a fresh `GET /api/centre` shows (hours, names, services). */
  refetch: boolean;
};

/**
 * The kiosk's centre after one event of the stream, pure: a snapshot replaces it; ticket events
 * carry the queue figures of the services they touched, so each service's waiting count and
 * estimate stay live; a service opened or closed by staff changes its `open`; a counter opened
 * or closed, a new configuration or a new day asks for the centre afresh.
 */
export function applyServerEvent(centre: Centre | null, event: ServerEvent): CentreUpdate {
  switch (event.type) {
    case 'snapshot':
      return { centre: event.data.centre, refetch: false };
    case 'ticket.issued':
    case 'ticket.called':
    case 'ticket.recalled':
    case 'ticket.started':
    case 'ticket.transferred':
    case 'ticket.finished':
    case 'ticket.no-show':
    case 'ticket.undone':
    case 'ticket.cancelled':
      return { centre: withQueues(centre, event.data.queues), refetch: false };
    case 'service.changed': {
      if (!centre) return { centre, refetch: true };
      const { serviceId, open, closedByStaff } = event.data;
      return {
        centre: {
          ...centre,
          services: centre.services.map((service) => (service.id === serviceId ? { ...service, open, closedByStaff, opensAt: open ? null : service.opensAt } : service)),
        },
        // When a service reopened by staff next opens by the hours is the server's to say.
        refetch: true,
      };
    }
    case 'counter.changed':
      // A counter opened, paused or closed changes the waits of every service it serves (none open:
      // no estimate at all), and the event carries no queue figures: the server's are asked for.
      return { centre, refetch: true };
    case 'config.changed':
    case 'day.reset':
      return { centre, refetch: true };
    default:
      return { centre, refetch: false };
  }
}
