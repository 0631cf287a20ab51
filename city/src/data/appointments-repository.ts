import type { AppointmentStatus, BookingChannel } from '@dintur/shared';
import type { Queryable } from './database.js';
import type { OutboxMessage } from './sms-repository.js';

export type AppointmentRecord = {
  code: string;
  centreId: string;
  serviceId: string;
  startAt: number;
  endAt: number;
  localDate: string;
  status: AppointmentStatus;
  channel: BookingChannel;
  lang: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  cprHash: string | null;
  bookedAt: number;
  bookedBy: number | null;
  changedAt: number;
  revision: number;
};

export type BookOutcome = 'booked' | 'full' | 'code-taken' | 'contact-limit';

export type NewAppointment = Omit<AppointmentRecord, 'status' | 'changedAt' | 'revision'> & { phoneKey: string | null };

const columns = `code, centre_id AS "centreId", service_id AS "serviceId", start_at AS "startAt", end_at AS "endAt",
  to_char(local_date, 'YYYY-MM-DD') AS "localDate", status, channel, lang, name, phone, email, cpr_hash AS "cprHash",
  booked_at AS "bookedAt", booked_by AS "bookedBy", changed_at AS "changedAt", revision`;

/** How many rows a search answers at most. */
const searchLimit = 100;

/** SQL for the hub's appointments, its centres' booking feeds and the city's secrets. */
export function createAppointmentsRepository(db: Queryable) {
  return {
    /**
     * The centre's next feed revision. Locks the centre's feed row until the transaction ends:
     * every change of a centre's bookings takes this first, so they run one at a time per centre
     * and commit in revision order.
     */
    async nextRevision(centreId: string): Promise<number> {
      const rows = await db.query<{ revision: number }>(
        `INSERT INTO booking_feeds (centre_id, revision) VALUES ($1, 1)
         ON CONFLICT (centre_id) DO UPDATE SET revision = booking_feeds.revision + 1 RETURNING revision`,
        [centreId],
      );
      return rows[0]!.revision;
    },
    /** The booked (place-holding) appointments of a service at a centre that overlap [from, until). */
    async heldBetween(centreId: string, serviceId: string, from: number, until: number, exceptCode: string | null = null): Promise<{ startAt: number; endAt: number }[]> {
      return db.query(
        `SELECT start_at AS "startAt", end_at AS "endAt" FROM appointments
         WHERE centre_id = $1 AND service_id = $2 AND status = 'booked' AND start_at < $4 AND end_at > $3 AND code IS DISTINCT FROM $5`,
        [centreId, serviceId, from, until, exceptCode],
      );
    },
    /**
     * Books in one round trip (the database function `book_appointment`, migrations 004 and 005):
     * unless `contactLimit` is null, counts the coming bookings of its phone number or e-mail
     * address under their locks ('contact-limit' at the limit); takes the centre's next revision
     * (its lock), counts the places held in the slot and inserts only if fewer than `capacity`.
     * 'contact-limit', 'full' and 'code-taken' insert nothing. With `message` (its confirmation
     * SMS), the message is queued in the same statement only when the outcome is 'booked', so the
     * booking and its message are durable together, still in one round trip.
     */
    async bookIfRoom(appointment: NewAppointment, capacity: number, contactLimit: number | null, message?: OutboxMessage): Promise<{ outcome: BookOutcome; revision: number }> {
      const call = 'book_appointment($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)';
      // A data-modifying WITH runs once whether or not the query reads it, after the function
      // (it reads its outcome); the function's statements still take their own fresh snapshots.
      const text = message
        ? `WITH booking AS (SELECT outcome, revision FROM ${call}),
           message AS (
             INSERT INTO sms_outbox (id, kind, phone, text, lang, appointment_code, centre_id, state, attempts, next_attempt_at, created_at, changed_at)
             SELECT $18, $19, $20, $21, $8, $1, $2, 'queued', 0, $14, $14, $14 FROM booking WHERE outcome = 'booked'
             ON CONFLICT (id) DO NOTHING)
           SELECT outcome, revision FROM booking`
        : `SELECT outcome, revision FROM ${call}`;
      const rows = await db.query<{ outcome: BookOutcome; revision: number }>(text, [
        appointment.code,
        appointment.centreId,
        appointment.serviceId,
        appointment.startAt,
        appointment.endAt,
        appointment.localDate,
        appointment.channel,
        appointment.lang,
        appointment.name,
        appointment.phone,
        appointment.phoneKey,
        appointment.email,
        appointment.cprHash,
        appointment.bookedAt,
        appointment.bookedBy,
        capacity,
        contactLimit,
        ...(message ? [message.id, message.kind, message.phone, message.text] : []),
      ]);
      return rows[0]!;
    },
    async byCode(code: string): Promise<AppointmentRecord | undefined> {
      return (await db.query<AppointmentRecord>(`SELECT ${columns} FROM appointments WHERE code = $1`, [code]))[0];
    },
    /** The appointment, its row locked until the transaction ends. */
    async lockByCode(code: string): Promise<AppointmentRecord | undefined> {
      return (await db.query<AppointmentRecord>(`SELECT ${columns} FROM appointments WHERE code = $1 FOR UPDATE`, [code]))[0];
    },
    async move(code: string, slot: { startAt: number; endAt: number; localDate: string }, now: number, revision: number): Promise<AppointmentRecord> {
      return (
        await db.query<AppointmentRecord>(
          `UPDATE appointments SET start_at = $2, end_at = $3, local_date = $4, changed_at = $5, revision = $6 WHERE code = $1 RETURNING ${columns}`,
          [code, slot.startAt, slot.endAt, slot.localDate, now, revision],
        )
      )[0]!;
    },
    async cancel(code: string, now: number, revision: number): Promise<AppointmentRecord> {
      return (
        await db.query<AppointmentRecord>(`UPDATE appointments SET status = 'cancelled', changed_at = $2, revision = $3 WHERE code = $1 RETURNING ${columns}`, [
          code,
          now,
          revision,
        ])
      )[0]!;
    },
    /**
     * What the centre reported of a booking it kept (checked in, no-show): only a booking still
     * booked at the hub, and only the centre's own. Not a feed change: the centre made it.
     */
    async markKept(centreId: string, codes: readonly string[], status: 'checked-in' | 'no-show', now: number): Promise<void> {
      if (codes.length === 0) return;
      await db.query(`UPDATE appointments SET status = $3, changed_at = $4 WHERE code = ANY($2::text[]) AND centre_id = $1 AND status = 'booked'`, [
        centreId,
        codes,
        status,
        now,
      ]);
    },
    /** A centre's changes after `revision`, oldest first. */
    async feed(centreId: string, after: number, limit: number): Promise<AppointmentRecord[]> {
      return db.query<AppointmentRecord>(`SELECT ${columns} FROM appointments WHERE centre_id = $1 AND revision > $2 ORDER BY revision LIMIT $3`, [
        centreId,
        after,
        limit,
      ]);
    },
    /** A centre's newest revision (0 before its first booking). */
    async feedHead(centreId: string): Promise<number> {
      return (await db.query<{ revision: number }>('SELECT revision FROM booking_feeds WHERE centre_id = $1', [centreId]))[0]?.revision ?? 0;
    },
    /** The appointments of centres (all, or one) on a local date, soonest first. */
    async ofDate(date: string, centreId: string | null): Promise<AppointmentRecord[]> {
      return db.query<AppointmentRecord>(
        `SELECT ${columns} FROM appointments WHERE local_date = $1 AND ($2::text IS NULL OR centre_id = $2) ORDER BY start_at, centre_id, code LIMIT ${searchLimit * 5}`,
        [date, centreId],
      );
    },
    /** Appointments from `since` on whose name contains `name` (any case), soonest first. */
    async byName(name: string, since: number, centreId: string | null): Promise<AppointmentRecord[]> {
      return db.query<AppointmentRecord>(
        `SELECT ${columns} FROM appointments WHERE start_at >= $1 AND name IS NOT NULL AND strpos(lower(name), lower($2)) > 0
           AND ($3::text IS NULL OR centre_id = $3) ORDER BY start_at LIMIT ${searchLimit}`,
        [since, name, centreId],
      );
    },
    /** Appointments from `since` on whose phone number's national digits end with `digits`, soonest first. */
    async byPhone(digits: string, since: number, centreId: string | null): Promise<AppointmentRecord[]> {
      return db.query<AppointmentRecord>(
        `SELECT ${columns} FROM appointments WHERE start_at >= $1 AND phone_key LIKE '%' || $2 AND ($3::text IS NULL OR centre_id = $3)
         ORDER BY start_at LIMIT ${searchLimit}`,
        [since, digits, centreId],
      );
    },
    /** Deletes the personal data of a centre's appointments that began before `before`; how many. */
    async purgePersonalData(centreId: string, before: number, now: number): Promise<number> {
      const rows = await db.query(
        `UPDATE appointments SET name = NULL, phone = NULL, phone_key = NULL, email = NULL, cpr_hash = NULL, purged_at = $3
         WHERE centre_id = $1 AND start_at < $2 AND purged_at IS NULL RETURNING code`,
        [centreId, before, now],
      );
      return rows.length;
    },
    /** A secret by name, made with `make` on first use (by whichever hub instance comes first). */
    async secret(name: string, make: () => Buffer, now: number): Promise<Buffer> {
      await db.query('INSERT INTO city_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, make(), now]);
      const value = (await db.query<{ value: Uint8Array }>('SELECT value FROM city_secrets WHERE name = $1', [name]))[0]!.value;
      return Buffer.from(value);
    },
  };
}

export type AppointmentsRepository = ReturnType<typeof createAppointmentsRepository>;
