-- Which of the hub's feeds the cursor counts in: a hub whose database was replaced numbers its
-- bookings anew, and its feed id changes with it, so the centre then reads that feed from its
-- start instead of skipping the revisions below its old cursor.
ALTER TABLE city_booking_feed ADD COLUMN feed_id TEXT;
