import type { Centre, QueueSummary } from './schemas.js';

/**
 * The centre with the queue figures a ticket event carried (each touched service's waiting count
 * and estimate), the rest as it was: how the kiosk, the display and the staff app keep their
 * picture of the centre live between snapshots. The same centre when nothing changed.
 */
export function withQueues(centre: Centre, queues: readonly QueueSummary[]): Centre;
export function withQueues(centre: Centre | null, queues: readonly QueueSummary[]): Centre | null;
export function withQueues(centre: Centre | null, queues: readonly QueueSummary[]): Centre | null {
  if (!centre || queues.length === 0) return centre;
  const byService = new Map(queues.map((queue) => [queue.serviceId, queue]));
  return {
    ...centre,
    services: centre.services.map((service) => {
      const queue = byService.get(service.id);
      return queue ? { ...service, waiting: queue.waiting, estimatedWaitMinutes: queue.estimatedWaitMinutes } : service;
    }),
  };
}
