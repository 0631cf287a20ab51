import type { AppointmentStatus, BookingChannel } from '@dintur/shared';
import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** An appointment as stored; times are milliseconds since the epoch. */
export type AppointmentRecord = {
  id: number;
  code: string;
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
  checkedInAt: number | null;
  ticketId: number | null;
  purgedAt: number | null;
  /** The city hub's feed revision of a booking made at the hub; null for one made here. */
  cityRevision: number | null;
};

export type NewAppointment = Omit<AppointmentRecord, 'id' | 'status' | 'changedAt' | 'checkedInAt' | 'ticketId' | 'purgedAt' | 'cityRevision'> & {
  cityRevision?: number | null;
};

/** The time an appointment holds in its service's slots. */
export type HeldTime = { startAt: number; endAt: number };

const columns = `id, code, service_id AS serviceId, start_at AS startAt, end_at AS endAt, local_date AS localDate,
  status, channel, lang, name, phone, email, cpr_hash AS cprHash, booked_at AS bookedAt, booked_by AS bookedBy,
  changed_at AS changedAt, checked_in_at AS checkedInAt, ticket_id AS ticketId, purged_at AS purgedAt,
  city_revision AS cityRevision`;

const holding = `status IN ('booked', 'checked-in')`;

/** SQL for appointments: the only place that reads or writes the appointments table. */
export function createAppointmentRepository(db: Db) {
  // Deleted personal data must be gone from the file, not left in free space: SQLite overwrites
  // what it frees with zeros. Only this table ever deletes anything, so the cost falls here.
  db.pragma('secure_delete = ON');
  const statements = {
    insert: db.prepare(`INSERT INTO appointments (code, service_id, start_at, end_at, local_date, status, channel, lang,
        name, phone, email, cpr_hash, booked_at, booked_by, changed_at, city_revision)
      VALUES (@code, @serviceId, @startAt, @endAt, @localDate, 'booked', @channel, @lang,
        @name, @phone, @email, @cprHash, @bookedAt, @bookedBy, @bookedAt, @cityRevision)`),
    byId: db.prepare(`SELECT ${columns} FROM appointments WHERE id = ?`),
    byCode: db.prepare(`SELECT ${columns} FROM appointments WHERE code = ?`),
    codeExists: db.prepare('SELECT 1 FROM appointments WHERE code = ?'),
    // Every appointment holding time of the service that overlaps [from, until): the slot's bookings.
    heldBetween: db.prepare(`SELECT start_at AS startAt, end_at AS endAt FROM appointments INDEXED BY appointments_holding
      WHERE ${holding} AND service_id = @serviceId AND start_at < @until AND end_at > @from`),
    heldExcept: db.prepare(`SELECT COUNT(*) AS count FROM appointments INDEXED BY appointments_holding
      WHERE ${holding} AND service_id = @serviceId AND start_at < @until AND end_at > @from AND id != @exceptId`),
    bookedBefore: db.prepare(`SELECT ${columns} FROM appointments INDEXED BY appointments_unswept
      WHERE status = 'booked' AND start_at < ? ORDER BY start_at, id`),
    ofCprOnDate: db.prepare(`SELECT ${columns} FROM appointments WHERE cpr_hash = ? AND local_date = ? ORDER BY start_at, id`),
    ofDate: db.prepare(`SELECT ${columns} FROM appointments WHERE local_date = ? ORDER BY start_at, id`),
    unpurgedSince: db.prepare(`SELECT ${columns} FROM appointments WHERE purged_at IS NULL AND start_at >= ? ORDER BY start_at, id`),
    bookedContactsSince: db.prepare(`SELECT phone, email FROM appointments INDEXED BY appointments_unswept
      WHERE status = 'booked' AND start_at >= @since
        AND ((@phoneDigits IS NOT NULL AND phone LIKE '%' || @phoneDigits) OR (@email IS NOT NULL AND lower(email) = @email))`),
    bookedServices: db.prepare(`SELECT service_id AS serviceId, COUNT(*) AS count FROM appointments INDEXED BY appointments_unswept
      WHERE status = 'booked' GROUP BY service_id`),
    purge: db.prepare(`UPDATE appointments SET name = NULL, phone = NULL, email = NULL, cpr_hash = NULL, purged_at = @now
      WHERE purged_at IS NULL AND start_at < @before AND status != 'booked'`),
  };
  const updates = new Map<string, Statement>();

  return {
    insert(appointment: NewAppointment): AppointmentRecord {
      const id = Number(statements.insert.run({ cityRevision: null, ...appointment }).lastInsertRowid);
      return statements.byId.get(id) as AppointmentRecord;
    },
    byId: (id: number) => statements.byId.get(id) as AppointmentRecord | undefined,
    byCode: (code: string) => statements.byCode.get(code) as AppointmentRecord | undefined,
    codeExists: (code: string) => statements.codeExists.get(code) !== undefined,
    /** Times held by the service's booked and checked-in appointments that overlap [from, until). */
    heldBetween: (serviceId: string, from: number, until: number) => statements.heldBetween.all({ serviceId, from, until }) as HeldTime[],
    /** How many of the service's appointments other than `exceptId` hold time in [from, until). */
    countHeld(serviceId: string, from: number, until: number, exceptId = 0): number {
      return (statements.heldExcept.get({ serviceId, from, until, exceptId }) as { count: number }).count;
    },
    /** Booked (not checked-in) appointments that began before `time`: candidates for no-show. */
    bookedBefore: (time: number) => statements.bookedBefore.all(time) as AppointmentRecord[],
    ofCprOnDate: (cprHash: string, localDate: string) => statements.ofCprOnDate.all(cprHash, localDate) as AppointmentRecord[],
    ofDate: (localDate: string) => statements.ofDate.all(localDate) as AppointmentRecord[],
    /** The services with booked (coming, not yet checked-in) appointments, and how many each. */
    bookedServices: () => statements.bookedServices.all() as { serviceId: string; count: number }[],
    /**
     * The contact details of booked appointments from `since` on whose phone number ends with
     * `phoneDigits` or whose e-mail is `email` (lower-case): the candidates of one person's
     * bookings, found in SQL rather than by reading every coming appointment.
     */
    bookedContactsSince: (since: number, phoneDigits: string | null, email: string | null) =>
      statements.bookedContactsSince.all({ since, phoneDigits, email }) as { phone: string | null; email: string | null }[],
    /** Appointments that still hold personal data and begin at or after `time`. */
    unpurgedSince: (time: number) => statements.unpurgedSince.all(time) as AppointmentRecord[],
    /** Writes the changed fields of an appointment. */
    update(id: number, changes: Partial<Omit<AppointmentRecord, 'id' | 'code' | 'bookedAt' | 'bookedBy' | 'channel'>>): AppointmentRecord {
      const keys = Object.keys(changes).sort();
      if (keys.length > 0) {
        const signature = keys.join(',');
        let statement = updates.get(signature);
        if (!statement) {
          // Keys come from engine code, never from a request, so building the SQL is safe.
          statement = db.prepare(`UPDATE appointments SET ${keys.map((key) => `${toColumn(key)} = @${key}`).join(', ')} WHERE id = @id`);
          updates.set(signature, statement);
        }
        statement.run({ ...changes, id });
      }
      return statements.byId.get(id) as AppointmentRecord;
    },
    /**
     * Deletes the personal data of every appointment that began before `before` and is over
     * (cancelled, no-show or checked in); returns how many were purged.
     */
    purgePersonalData: (before: number, now: number) => statements.purge.run({ before, now }).changes,
  };
}

export type AppointmentRepository = ReturnType<typeof createAppointmentRepository>;

function toColumn(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
