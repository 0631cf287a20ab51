-- Bookings made at the city hub for this centre, delivered through the hub's change feed. The
-- appointments themselves are ordinary rows (check-in, no-shows and the purge treat them alike);
-- city_revision is the feed revision of the booking's last applied change, and NULL for a booking
-- made here. The cursor is the last revision applied, written in the same transaction as the
-- changes, so a page is applied once however the centre or the hub stop.
ALTER TABLE appointments ADD COLUMN city_revision INTEGER;
CREATE TABLE city_booking_feed (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cursor INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
