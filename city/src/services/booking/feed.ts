import type { BookingFeed } from '@dintur/shared';
import type { AppointmentsRepository } from '../../data/appointments-repository.js';
import { bookingChange } from './views.js';

/**
 * A centre's change feed of its own bookings: every booking whose revision is above the centre's
 * cursor, with its whole latest state, oldest change first. Revisions of a centre commit in order
 * (appointments-repository `nextRevision`), so reading "after the cursor" never skips one.
 */
export async function readFeed(appointments: Pick<AppointmentsRepository, 'feed' | 'feedHead'>, feedId: string, centreId: string, after: number, limit: number): Promise<BookingFeed> {
  // A cursor beyond the hub's newest revision means the hub's database was replaced: the centre
  // is sent everything again (applying a booking's state twice changes nothing).
  const head = await appointments.feedHead(centreId);
  const from = after > head ? 0 : after;
  const rows = await appointments.feed(centreId, from, limit);
  return {
    changes: rows.map(bookingChange),
    cursor: rows.at(-1)?.revision ?? from,
    more: rows.length === limit,
    feedId,
  };
}

/** The centres' feeds over the hub's appointments. */
export function createFeeds(appointments: Pick<AppointmentsRepository, 'feed' | 'feedHead'>, feedId: string) {
  return { read: (centreId: string, after: number, limit: number) => readFeed(appointments, feedId, centreId, after, limit) };
}

export type Feeds = ReturnType<typeof createFeeds>;
