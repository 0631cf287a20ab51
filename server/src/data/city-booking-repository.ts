import type { Db } from './database.js';

/**
 * SQL for the city hub's booking feed: the cursor of the last change applied here. The
 * appointments it delivers are rows of the appointments table (appointment-repository.ts).
 */
export function createCityBookingRepository(db: Db) {
  const statements = {
    cursor: db.prepare('SELECT cursor FROM city_booking_feed WHERE id = 1'),
    setCursor: db.prepare(`INSERT INTO city_booking_feed (id, cursor, updated_at) VALUES (1, @cursor, @now)
      ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`),
    delivered: db.prepare('SELECT COUNT(*) AS count FROM appointments WHERE city_revision IS NOT NULL'),
  };
  return {
    /** The last feed revision applied here (0 before the first). */
    cursor: () => (statements.cursor.get() as { cursor: number } | undefined)?.cursor ?? 0,
    setCursor: (cursor: number, now: number) => void statements.setCursor.run({ cursor, now }),
    /** How many appointments the hub has delivered here, in all. */
    deliveredCount: () => (statements.delivered.get() as { count: number }).count,
  };
}

export type CityBookingRepository = ReturnType<typeof createCityBookingRepository>;
