import type { Queryable } from './database.js';

export type SmsKind = 'booked' | 'reminder' | 'moved' | 'cancelled';
export type SmsState = 'queued' | 'sent' | 'failed' | 'limited';

/** A message for the outbox, made by the booking code inside the transaction of its change. */
export type OutboxMessage = {
  /** The idempotency key: one message per id, ever ("booked:<code>", "reminder:<code>:<start>"). */
  id: string;
  kind: SmsKind;
  /** International form (+4540112233). */
  phone: string;
  /** The finished text (smsText): GSM, at most 160 characters. */
  text: string;
  lang: string;
  appointmentCode: string;
  centreId: string;
};

/** A queued message a sender has claimed, with the time of its appointment (a message after it is pointless). */
export type ClaimedMessage = {
  id: string;
  kind: SmsKind;
  phone: string | null;
  text: string | null;
  attempts: number;
  createdAt: number;
  appointmentStart: number | null;
};

/** What the booking desk is shown of a message: no number, no text. */
export type SmsDelivery = { appointmentCode: string; kind: SmsKind; state: SmsState; at: number };

/** An appointment due a reminder: what its text is made of. */
export type ReminderCandidate = { code: string; serviceId: string; startAt: number; lang: string; phone: string };

/** Advisory-lock class of one phone number's messages (beside 7301/7302 of the booking caps). */
const numberLockClass = 7310;

/** SQL for the hub's SMS outbox: the only place that reads or writes `sms_outbox`. */
export function createSmsRepository(db: Queryable) {
  return {
    /** Queues a message once per id; whether it was queued now. */
    async enqueue(message: OutboxMessage, now: number): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO sms_outbox (id, kind, phone, text, lang, appointment_code, centre_id, state, attempts, next_attempt_at, created_at, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'queued', 0, $8, $8, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [message.id, message.kind, message.phone, message.text, message.lang, message.appointmentCode, message.centreId, now],
      );
      return rows.length > 0;
    },
    /** Queues many messages in one statement, each once per id; how many were queued now. */
    async enqueueMany(messages: readonly OutboxMessage[], now: number): Promise<number> {
      if (messages.length === 0) return 0;
      const column = <K extends keyof OutboxMessage>(key: K) => messages.map((message) => message[key]);
      const rows = await db.query(
        `INSERT INTO sms_outbox (id, kind, phone, text, lang, appointment_code, centre_id, state, attempts, next_attempt_at, created_at, changed_at)
         SELECT id, kind, phone, text, lang, code, centre, 'queued', 0, $8, $8, $8
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS m (id, kind, phone, text, lang, code, centre)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [column('id'), column('kind'), column('phone'), column('text'), column('lang'), column('appointmentCode'), column('centreId'), now],
      );
      return rows.length;
    },
    /**
     * Ends the queued messages of an appointment that a change made wrong (its confirmation, an
     * earlier move, a reminder of the old time): `failed`, "superseded". One under way is left to
     * finish: it may already be at the gateway.
     */
    async supersede(code: string, now: number): Promise<void> {
      await db.query(
        `UPDATE sms_outbox SET state = 'failed', changed_at = $2, last_error = 'superseded by a later change'
         WHERE appointment_code = $1 AND state = 'queued' AND kind IN ('booked', 'moved', 'reminder') AND (leased_until IS NULL OR leased_until <= $2)`,
        [code, now],
      );
    },
    /**
     * Up to `limit` queued messages due at `now`, oldest first, their rows locked until the
     * transaction ends; rows another hub process holds are skipped (SKIP LOCKED), so two senders
     * never claim the same message. Call inside a transaction, then `lease` or end each.
     */
    async due(now: number, limit: number): Promise<ClaimedMessage[]> {
      return db.query<ClaimedMessage>(
        `SELECT o.id, o.kind, o.phone, o.text, o.attempts, o.created_at AS "createdAt", a.start_at AS "appointmentStart"
         FROM sms_outbox o LEFT JOIN appointments a ON a.code = o.appointment_code
         WHERE o.state = 'queued' AND o.next_attempt_at <= $1 ORDER BY o.next_attempt_at, o.created_at LIMIT $2
         FOR UPDATE OF o SKIP LOCKED`,
        [now, limit],
      );
    },
    /**
     * Holds the messages to these numbers until the transaction ends, so two senders count one
     * number's messages one after the other. Taken in the order of their lock keys in every
     * process (PostgreSQL calls a volatile function of the select list after ORDER BY), so two
     * senders cannot deadlock.
     */
    async lockNumbers(phones: readonly string[]): Promise<void> {
      if (phones.length === 0) return;
      await db.query('SELECT pg_advisory_xact_lock($1, hashtext(phone)) FROM unnest($2::text[]) AS phone ORDER BY hashtext(phone), phone', [numberLockClass, phones]);
    },
    /** Messages to each of these numbers sent since `since`, or under way at `now`: the per-number limit. */
    async countToNumbers(phones: readonly string[], since: number, now: number): Promise<Map<string, number>> {
      if (phones.length === 0) return new Map();
      const rows = await db.query<{ phone: string; count: number }>(
        `SELECT phone, count(*)::int AS count FROM sms_outbox
         WHERE phone = ANY($1::text[]) AND ((state = 'sent' AND sent_at >= $2) OR leased_until > $3) GROUP BY phone`,
        [phones, since, now],
      );
      return new Map(rows.map((row) => [row.phone, Number(row.count)]));
    },
    /** Messages sent since `since`, or under way at `now`: the per-hour limit. */
    async countAll(since: number, now: number): Promise<number> {
      const rows = await db.query<{ count: number }>(
        `SELECT (SELECT count(*) FROM sms_outbox WHERE state = 'sent' AND sent_at >= $1)
              + (SELECT count(*) FROM sms_outbox WHERE leased_until > $2) AS count`,
        [since, now],
      );
      return Number(rows[0]!.count);
    },
    /** Counts an attempt of each and holds them until `until`, so no other sender takes them up meanwhile. */
    async lease(ids: readonly string[], until: number): Promise<void> {
      if (ids.length === 0) return;
      await db.query(`UPDATE sms_outbox SET attempts = attempts + 1, next_attempt_at = $2, leased_until = $2 WHERE id = ANY($1::text[]) AND state = 'queued'`, [ids, until]);
    },
    async markSent(ids: readonly string[], now: number): Promise<void> {
      if (ids.length === 0) return;
      await db.query(
        `UPDATE sms_outbox SET state = 'sent', sent_at = $2, changed_at = $2, leased_until = NULL, last_error = NULL WHERE id = ANY($1::text[]) AND state = 'queued'`,
        [ids, now],
      );
    },
    /** Keeps the message queued for another attempt at `at`. */
    async markRetry(id: string, at: number, error: string): Promise<void> {
      await db.query(`UPDATE sms_outbox SET next_attempt_at = $2, leased_until = NULL, last_error = $3 WHERE id = $1 AND state = 'queued'`, [id, at, error]);
    },
    /** Ends a queued message unsent: `failed` (refused, given up, too late) or `limited` (over the per-number limit). */
    async markEnded(id: string, state: 'failed' | 'limited', now: number, error: string): Promise<void> {
      await db.query(`UPDATE sms_outbox SET state = $2, changed_at = $3, leased_until = NULL, last_error = $4 WHERE id = $1 AND state = 'queued'`, [id, state, now, error]);
    },
    /** What the booking desk sees of these appointments' messages, oldest first. */
    async deliveriesOf(codes: readonly string[]): Promise<SmsDelivery[]> {
      if (codes.length === 0) return [];
      return db.query<SmsDelivery>(
        `SELECT appointment_code AS "appointmentCode", kind, state, changed_at AS at FROM sms_outbox WHERE appointment_code = ANY($1::text[]) ORDER BY created_at, id`,
        [codes],
      );
    },
    /**
     * A centre's booked appointments on `localDate` with a phone number and no reminder yet, that
     * begin after `startAfter` and were booked or last moved at `changedBy` or before (one booked
     * later has just had its confirmation).
     */
    async reminderCandidates(centreId: string, localDate: string, changedBy: number, startAfter: number): Promise<ReminderCandidate[]> {
      return db.query<ReminderCandidate>(
        `SELECT a.code, a.service_id AS "serviceId", a.start_at AS "startAt", a.lang, a.phone FROM appointments a
         WHERE a.centre_id = $1 AND a.local_date = $2 AND a.status = 'booked' AND a.phone IS NOT NULL AND a.changed_at <= $3 AND a.start_at > $4
           AND NOT EXISTS (SELECT 1 FROM sms_outbox o WHERE o.id = 'reminder:' || a.code || ':' || a.start_at)`,
        [centreId, localDate, changedBy, startAfter],
      );
    },
    /**
     * Deletes the number and text of a centre's messages about appointments that began before
     * `before` (the appointments' own purge); one still queued is ended. Returns how many.
     */
    async purgePersonalData(centreId: string, before: number, now: number): Promise<number> {
      const rows = await db.query(
        `UPDATE sms_outbox o SET phone = NULL, text = NULL, leased_until = NULL,
           state = CASE WHEN o.state = 'queued' THEN 'failed' ELSE o.state END,
           last_error = CASE WHEN o.state = 'queued' THEN 'personal data deleted' ELSE o.last_error END,
           changed_at = CASE WHEN o.state = 'queued' THEN $3 ELSE o.changed_at END
         FROM appointments a
         WHERE o.centre_id = $1 AND o.phone IS NOT NULL AND a.code = o.appointment_code AND a.start_at < $2 RETURNING o.id`,
        [centreId, before, now],
      );
      return rows.length;
    },
  };
}

export type SmsRepository = ReturnType<typeof createSmsRepository>;
