import type { Db } from './database.js';

/**
 * SQL for the city hub's booking feed: the cursor of the last change applied here. The
 * appointments it delivers are rows of the appointments table (appointment-repository.ts).
 */
export function createCityBookingRepository(db: Db) {
  const statements = {
    cursor: db.prepare('SELECT cursor, feed_id AS feedId FROM city_booking_feed WHERE id = 1'),
    setCursor: db.prepare(`INSERT INTO city_booking_feed (id, cursor, feed_id, updated_at) VALUES (1, @cursor, @feedId, @now)
      ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor, feed_id = excluded.feed_id, updated_at = excluded.updated_at`),
    delivered: db.prepare('SELECT COUNT(*) AS count FROM appointments WHERE city_revision IS NOT NULL'),
  };
  return {
    /** The last feed revision applied here (0 before the first). */
    cursor: () => (statements.cursor.get() as { cursor: number } | undefined)?.cursor ?? 0,
    /** The hub's feed the cursor counts in (null before the first page, or from a hub that names none). */
    feedId: () => (statements.cursor.get() as { feedId: string | null } | undefined)?.feedId ?? null,
    setCursor: (cursor: number, feedId: string | null, now: number) => void statements.setCursor.run({ cursor, feedId, now }),
    /** How many appointments the hub has delivered here, in all. */
    deliveredCount: () => (statements.delivered.get() as { count: number }).count,
  };
}

export type CityBookingRepository = ReturnType<typeof createCityBookingRepository>;
