import type { Colleague, Counter, CounterProfileEntry, PendingTransfer } from '@dintur/shared';
import { replaceConfig } from './config-service.js';
import type { EngineContext } from './context.js';
import { forbidden, invalidInput } from './errors.js';
import { isLeader, mayServe, type Actor } from './permissions.js';
import { iso } from './views.js';

/**
 * What the staff app reads and changes beyond the counter operations: who can be sent a visit,
 * which transfers still wait, and counter profiles edited one counter at a time.
 */
export function createStaffAppService(context: EngineContext) {
  return {
    /**
     * Every enabled account that works counters (not contact-centre agents), with the counter it
     * sits at and the services it may handle, so a transfer "to Mette" offers only people who may
     * take the visit, and the overview names who sits where.
     */
    colleagues(): Colleague[] {
      return context.transaction(() => {
        const index = context.index();
        const seats = new Map<number, string>();
        for (const state of context.counterStates().values()) {
          if (state.status !== 'closed' && state.staffId !== null) seats.set(state.staffId, state.counterId);
        }
        return context.staff
          .all()
          .filter((person) => !person.disabled && person.role !== 'agent')
          .map((person) => ({
            id: person.id,
            displayName: person.displayName,
            unitId: person.unitId,
            role: person.role,
            counterId: seats.get(person.id) ?? null,
            serviceIds: index.config.services.filter((service) => mayServe(person, service, index.units)).map((service) => service.id),
          }));
      });
    },

    /**
     * Waiting tickets of the day whose latest event is a transfer: sent on and not called since.
     * Read from the event log, which is where a transfer's time is kept.
     */
    pendingTransfers(): PendingTransfer[] {
      return context.transaction(() =>
        context.tickets
          .activeOfDay(context.businessDay())
          .filter((ticket) => ticket.status === 'waiting')
          .flatMap((ticket) => {
            const transfer = context.events
              .ofTicket(ticket.id)
              .filter((event) => event.type === 'ticket.transferred')
              .at(-1);
            if (!transfer) return [];
            const from = transfer.details['fromServiceId'];
            return [
              {
                ticketId: ticket.id,
                number: ticket.number,
                serviceId: ticket.serviceId,
                fromServiceId: typeof from === 'string' ? from : ticket.originalServiceId,
                transferredAt: iso(transfer.at),
                staffId: transfer.staffId,
                targetCounterId: ticket.targetCounterId,
                targetStaffId: ticket.targetStaffId,
              },
            ];
          }),
      );
    },

    /** One counter's profile as configured: its services and their weights. */
    counterProfile: (counterId: string): Counter => context.index().counter(counterId),

    /**
     * Replaces one counter's profile. Goes through the same validation and `config.changed` event
     * as importing the whole configuration, but reads and writes in one transaction, so two
     * leaders editing different counters cannot undo each other's change.
     */
    setCounterServices(actor: Actor, counterId: string, services: CounterProfileEntry[]): Counter {
      if (!isLeader(actor)) throw forbidden('Only a manager or an admin can change a counter profile.');
      return context.transaction(() => {
        const index = context.index();
        index.counter(counterId);
        const issues = services.flatMap((entry, position) =>
          index.services.has(entry.serviceId) ? [] : [{ path: `services.${position}.serviceId`, message: `unknown service "${entry.serviceId}"` }],
        );
        const seen = new Set<string>();
        services.forEach((entry, position) => {
          if (seen.has(entry.serviceId)) issues.push({ path: `services.${position}.serviceId`, message: `service "${entry.serviceId}" listed twice` });
          seen.add(entry.serviceId);
        });
        if (issues.length > 0) throw invalidInput((named) => `Invalid counter profile: ${named.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`, issues);
        const config = index.config;
        const changed = {
          ...config,
          counters: config.counters.map((counter) => (counter.id === counterId ? { ...counter, services } : counter)),
        };
        return replaceConfig(context, changed, actor.id).counters.find((counter) => counter.id === counterId)!;
      });
    },
  };
}

export type StaffAppService = ReturnType<typeof createStaffAppService>;
