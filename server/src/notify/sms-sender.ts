import { giveUpAfterMs, retryDelay, sendSms, type SmsGatewaySettings, type SmsSendResult } from '@dintur/shared/sms';
import type { SmsRecord } from '../data/sms-repository.js';
import type { EngineContext } from '../engine/index.js';

export type SmsSenderOptions = {
  context: EngineContext;
  gateway: SmsGatewaySettings;
  /** SMS sent an hour in all, and to one number (0: no limit). */
  perHour: number;
  perNumberPerHour: number;
  /** The service an appointment's message is about, for the statistics (null once unknown). */
  serviceOfAppointment: (code: string) => string | null;
  /** How long one attempt may take before it counts as failed; default 10 s. */
  timeoutMs?: number;
  /** How often due messages are looked for without a wake-up (retries, moved clocks); default 15 s. */
  pollMs?: number;
  /** Messages handed to the gateway at once; default 4. */
  concurrency?: number;
  /** Where failures are said; never a number or a text. Default console.warn. */
  log?: (message: string) => void;
  /** The gateway call (tests of the sender alone may replace it; the HTTP tests never do). */
  send?: (message: { to: string; text: string; id: string }) => Promise<SmsSendResult>;
};

export type SmsSender = {
  /** Looks for due messages now (after a commit that queued some, or when the clock moved). */
  wake(): void;
  /** Resolves when no round of sending is under way (tests wait on it after a wake). */
  idle(): Promise<void>;
  /** Stops: no new attempt starts; waits for those under way (at most the timeout). */
  close(): Promise<void>;
};

const hourMs = 60 * 60_000;

type Claimed = { record: SmsRecord; phone: string; text: string };

/**
 * Sends the SMS outbox through the gateway, beside request handling, never in its way: a booking
 * writes its message in its own transaction and is answered at once; this loop is woken after the
 * commit and hands due messages to the gateway, retrying with backoff (30 s doubling to 10 min)
 * until the gateway takes it, refuses it, or 24 hours (or the message's expiry) pass. Each attempt
 * carries the message's id, so the gateway sends it once however often it is tried.
 *
 * A message is claimed before it is sent (its next attempt moved past the timeout, in a committed
 * transaction), so two rounds never send it together, and one cut off by a crash is tried again
 * after a restart under the same id. Limits: at most `perNumberPerHour` to one number and `perHour`
 * in all; a message over either is `limited` and never sent (a flood is stopped, not delayed).
 */
export function startSmsSender(options: SmsSenderOptions): SmsSender {
  const { context } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const concurrency = options.concurrency ?? 4;
  const log = options.log ?? ((message: string) => console.warn(message));
  const send = options.send ?? ((message) => sendSms(options.gateway, message, timeoutMs));
  let closed = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  /** Records an outcome in the event log, for statistics: the kind and what it was about, never the number or text. */
  const note = (record: SmsRecord, type: 'sms.sent' | 'sms.failed', reason?: string) => {
    const ticket = record.ticketId === null ? undefined : context.tickets.byId(record.ticketId);
    const serviceId = record.appointmentCode === null ? undefined : (options.serviceOfAppointment(record.appointmentCode) ?? undefined);
    context.record({
      type,
      ...(ticket && { ticket }),
      details: { kind: record.kind, ...(record.appointmentCode !== null && { code: record.appointmentCode }), ...(serviceId && { serviceId }), ...(reason && { reason }) },
    });
  };

  /** Takes the due messages: ends those expired or over a limit, claims the rest. One transaction. */
  const claim = (): Claimed[] =>
    context.transaction(() => {
      const now = context.clock.now();
      const claimed: Claimed[] = [];
      let sentThisHour = options.perHour > 0 ? context.sms.sentSince(now - hourMs) : 0;
      const toNumber = new Map<string, number>();
      for (const record of context.sms.due(now, concurrency * 4)) {
        if (record.phone === null || record.text === null) {
          context.sms.markEnded(record.id, 'failed', now, 'no number');
          note(record, 'sms.failed', 'given-up');
        } else if ((record.expiresAt !== null && now >= record.expiresAt) || now - record.createdAt >= giveUpAfterMs) {
          context.sms.markEnded(record.id, 'failed', now, record.lastError ?? 'too late');
          note(record, 'sms.failed', 'given-up');
        } else {
          const number = toNumber.get(record.phone) ?? (options.perNumberPerHour > 0 ? context.sms.sentToSince(record.phone, now - hourMs) : 0);
          if ((options.perNumberPerHour > 0 && number >= options.perNumberPerHour) || (options.perHour > 0 && sentThisHour >= options.perHour)) {
            context.sms.markEnded(record.id, 'limited', now, null);
            note(record, 'sms.failed', 'limited');
            continue;
          }
          // Counted as sent for the limits of this round: the attempt is under way.
          toNumber.set(record.phone, number + 1);
          sentThisHour += 1;
          context.sms.claim(record.id, now + timeoutMs + 5_000);
          claimed.push({ record, phone: record.phone, text: record.text });
        }
      }
      return claimed;
    });

  const settle = (claimed: Claimed, result: SmsSendResult) =>
    context.transaction(() => {
      const now = context.clock.now();
      const { record } = claimed;
      if (result.ok) {
        context.sms.markSent(record.id, now);
        note(record, 'sms.sent');
        return;
      }
      const attempts = record.attempts + 1;
      const next = now + retryDelay(attempts);
      const expired = next - record.createdAt >= giveUpAfterMs || (record.expiresAt !== null && next >= record.expiresAt);
      if (result.retry && !expired) {
        context.sms.markRetry(record.id, next, result.reason);
        return;
      }
      context.sms.markEnded(record.id, 'failed', now, result.reason);
      note(record, 'sms.failed', result.retry ? 'given-up' : 'refused');
      log(`dintur: an SMS (${record.kind}) was not sent: ${result.retry ? 'given up after' : 'refused by the gateway,'} ${result.reason}.`);
    });

  const attempt = async (claimed: Claimed) => {
    let result: SmsSendResult;
    try {
      result = await send({ to: claimed.phone, text: claimed.text, id: claimed.record.id });
    } catch {
      result = { ok: false, retry: true, reason: 'the gateway call failed' };
    }
    try {
      settle(claimed, result);
      await context.durable();
    } catch (error) {
      // The outcome is not stored: the claim runs out and the message is tried again, under its id.
      log(`dintur: the outcome of an SMS could not be stored (${error instanceof Error ? error.message : String(error)}); it will be tried again.`);
    }
  };

  const round = async () => {
    do {
      again = false;
      const claimed = claim();
      if (claimed.length === 0) break;
      // Nothing is sent before its message and claim are on disk (a booking rolled back is never told).
      await context.durable();
      for (let start = 0; start < claimed.length; start += concurrency) {
        await Promise.all(claimed.slice(start, start + concurrency).map(attempt));
      }
    } while (!closed);
  };

  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    const next = context.sms.nextDueAt();
    const wait = next === undefined ? (options.pollMs ?? 15_000) : Math.min(options.pollMs ?? 15_000, Math.max(0, next - context.clock.now()));
    timer = setTimeout(wake, wait);
    timer.unref();
  };

  function wake(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .catch((error: unknown) => log(`dintur: sending SMS failed (${error instanceof Error ? error.message : String(error)}); trying again shortly.`))
      .finally(() => {
        running = undefined;
        if (again) wake();
        else schedule();
      });
  }

  const unsubscribe = context.sms.onEnqueued(() => setImmediate(wake));
  // Messages left queued by an earlier run (the gateway was down, the server stopped) go out now.
  setImmediate(wake);

  return {
    wake,
    async idle() {
      while (running) await running;
    },
    async close() {
      closed = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}
