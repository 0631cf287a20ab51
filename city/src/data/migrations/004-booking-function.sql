-- A booking in one round trip. The function runs as one statement (its own transaction when
-- called alone): it takes the centre's next feed revision, which locks the centre's feed row until
-- the end, then counts the places held in the slot and inserts only if one is free. Each
-- statement in a PL/pgSQL function reads a fresh snapshot under READ COMMITTED, so the count sees
-- every booking committed by whoever held the lock before; a single SQL statement with CTEs would
-- count with a snapshot taken before it waited for the lock, and could overbook.
-- Outcome: 'booked', 'full' (nothing inserted; the revision taken stays unused, a gap the feed
-- skips harmlessly) or 'code-taken' (the drawn code exists: the caller draws another).
CREATE FUNCTION book_appointment(
  p_code TEXT, p_centre_id TEXT, p_service_id TEXT, p_start_at BIGINT, p_end_at BIGINT, p_local_date DATE,
  p_channel TEXT, p_lang TEXT, p_name TEXT, p_phone TEXT, p_phone_key TEXT, p_email TEXT, p_cpr_hash TEXT,
  p_booked_at BIGINT, p_booked_by INTEGER, p_capacity INTEGER
) RETURNS TABLE (outcome TEXT, revision BIGINT) LANGUAGE plpgsql AS $$
DECLARE
  taken_revision BIGINT;
  held INTEGER;
BEGIN
  INSERT INTO booking_feeds AS feed (centre_id, revision) VALUES (p_centre_id, 1)
    ON CONFLICT (centre_id) DO UPDATE SET revision = feed.revision + 1
    RETURNING feed.revision INTO taken_revision;
  SELECT count(*) INTO held FROM appointments a
    WHERE a.centre_id = p_centre_id AND a.service_id = p_service_id AND a.status = 'booked' AND a.start_at < p_end_at AND a.end_at > p_start_at;
  IF held >= p_capacity THEN
    RETURN QUERY SELECT 'full'::TEXT, taken_revision;
    RETURN;
  END IF;
  INSERT INTO appointments (code, centre_id, service_id, start_at, end_at, local_date, status, channel, lang, name, phone, phone_key,
      email, cpr_hash, booked_at, booked_by, changed_at, revision)
    VALUES (p_code, p_centre_id, p_service_id, p_start_at, p_end_at, p_local_date, 'booked', p_channel, p_lang, p_name, p_phone, p_phone_key,
      p_email, p_cpr_hash, p_booked_at, p_booked_by, p_booked_at, taken_revision)
    ON CONFLICT (code) DO NOTHING;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'code-taken'::TEXT, taken_revision;
    RETURN;
  END IF;
  RETURN QUERY SELECT 'booked'::TEXT, taken_revision;
END;
$$;
