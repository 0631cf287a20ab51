import { createAppointmentRepository } from './appointment-repository.js';
import { createCentreRepository } from './centre-repository.js';
import { createCityBookingRepository } from './city-booking-repository.js';
import type { Db } from './database.js';
import { createEventRepository } from './event-repository.js';
import { createPlanningRepository } from './planning-repository.js';
import { createSmsRepository } from './sms-repository.js';
import { createStaffRepository } from './staff-repository.js';
import { createTicketRepository } from './ticket-repository.js';
import { createTicketSmsRepository } from './ticket-sms-repository.js';

/**
 * Every repository of the centre's database, made once from its connection: the engine works with
 * these and never with the connection itself (writes go through data/transaction.ts).
 */
export function createRepositories(db: Db, options: { now: () => number; sms: boolean }) {
  const events = createEventRepository(db);
  return {
    tickets: createTicketRepository(db),
    events,
    centre: createCentreRepository(db),
    staff: createStaffRepository(db),
    /** The SMS outbox: `sms.enqueue(...)` inside a transaction queues a message with the change. */
    sms: createSmsRepository(db, { now: options.now, enabled: options.sms }),
    /** The tracking page's SMS opt-ins. */
    ticketSms: createTicketSmsRepository(db),
    appointments: createAppointmentRepository(db),
    /** The hub's bookings as applied here, and the feed's cursor. */
    cityFeed: createCityBookingRepository(db),
    /** What planning the day reads: past days' tickets and counters, the day's bookings. */
    planning: createPlanningRepository(db, events),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
