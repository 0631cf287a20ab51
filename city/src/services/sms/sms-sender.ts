import { giveUpAfterMs, retryDelay, sendSms, type SmsSenderSettings } from '@dintur/shared/sms';
import type { Database } from '../../data/database.js';
import { createSmsRepository, type ClaimedMessage } from '../../data/sms-repository.js';

/**
 * The gateway and the limits of the hub's SMS (DINTUR_SMS_*, read as at a centre). Over the hourly
 * limit the hub's messages wait for the next hour's room instead of being dropped.
 */
export type HubSmsSettings = SmsSenderSettings;

export type SmsSenderOptions = {
  /** How often the outbox is looked at besides being woken (retries fall due, the clock moves); default 5 s. */
  pollMs?: number;
  /** How long one gateway call may take; default 10 s. */
  timeoutMs?: number;
  /** Messages claimed and sent at a time; default 20. */
  batchSize?: number;
  log?: (message: string) => void;
};

const hour = 60 * 60_000;
/** A message over the hourly limit is looked at again this much later. */
const hourlyLimitWaitMs = 5 * 60_000;

/**
 * Sends the outbox's queued messages through the gateway, after the commits that queued them: it
 * is woken by them, and looks every few seconds for retries. A message is claimed in a short
 * transaction (rows locked with SKIP LOCKED, so several hub processes never claim one message
 * twice), leased for longer than a gateway call can take, sent with its id as the idempotency
 * key, then marked sent, kept for a retry with backoff, or ended. A process that dies mid-call
 * leaves the lease to run out; the message is then sent again under the same id, which the
 * gateway does not send twice. No booking ever waits for any of this.
 */
export function createSmsSender(db: Database, settings: HubSmsSettings, now: () => number, options: SmsSenderOptions = {}) {
  const pollMs = options.pollMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = timeoutMs + 50_000;
  const log = options.log ?? ((message: string) => console.error(`dintur city: ${message}`));
  const outbox = createSmsRepository(db);
  let closed = false;
  /** Set once closing stops waiting: results arriving later are not written (the database may be gone). */
  let abandoned = false;
  let pass: Promise<void> | undefined;
  let wokenDuringPass = false;

  /** Claims the due messages and decides each: too late, over a limit, or leased to be sent now. */
  async function claim(): Promise<ClaimedMessage[]> {
    return db.transaction(async (transaction) => {
      const locked = createSmsRepository(transaction);
      const at = now();
      const due = await locked.due(at, batchSize);
      if (due.length === 0) return [];
      const live: (ClaimedMessage & { phone: string; text: string })[] = [];
      for (const message of due) {
        if (message.phone === null || message.text === null) await locked.markEnded(message.id, 'failed', at, 'personal data deleted');
        else if ((message.appointmentStart !== null && at >= message.appointmentStart) || at - message.createdAt >= giveUpAfterMs) {
          await locked.markEnded(message.id, 'failed', at, message.attempts > 0 ? 'given up: the gateway did not take it in time' : 'too late to be of use');
        } else live.push({ ...message, phone: message.phone, text: message.text });
      }
      let roomThisHour = settings.perHour > 0 && live.length > 0 ? settings.perHour - (await locked.countAll(at - hour, at)) : Infinity;
      const phones = [...new Set(live.map((message) => message.phone))];
      const perNumber = settings.perNumberPerHour > 0;
      if (perNumber) await locked.lockNumbers(phones);
      const sentTo = perNumber ? await locked.countToNumbers(phones, at - hour, at) : new Map<string, number>();
      const toSend: ClaimedMessage[] = [];
      for (const message of live) {
        const count = sentTo.get(message.phone) ?? 0;
        if (roomThisHour <= 0) {
          // The hub sends a city's reminders in one burst: over the hourly limit a message waits
          // for room (until it would come too late) rather than being dropped.
          await locked.markRetry(message.id, at + hourlyLimitWaitMs, `over ${settings.perHour} messages an hour`);
        } else if (perNumber && count >= settings.perNumberPerHour) {
          await locked.markEnded(message.id, 'limited', at, `over ${settings.perNumberPerHour} messages an hour to one number`);
        } else {
          sentTo.set(message.phone, count + 1);
          roomThisHour -= 1;
          toSend.push({ ...message, attempts: message.attempts + 1 });
        }
      }
      await locked.lease(toSend.map((message) => message.id), at + leaseMs);
      return toSend;
    });
  }

  /** What the gateway answered: a message kept for a retry with backoff, or ended. */
  async function recordFailure(message: ClaimedMessage, result: { reason: string; retry: boolean }): Promise<void> {
    const at = now();
    if (!result.retry) return outbox.markEnded(message.id, 'failed', at, `refused by the gateway: ${result.reason}`);
    const next = at + retryDelay(message.attempts);
    if (next - message.createdAt >= giveUpAfterMs || (message.appointmentStart !== null && next >= message.appointmentStart)) {
      return outbox.markEnded(message.id, 'failed', at, `given up after ${message.attempts} attempts: ${result.reason}`);
    }
    return outbox.markRetry(message.id, next, result.reason);
  }

  async function sendDue(): Promise<void> {
    for (;;) {
      wokenDuringPass = false;
      const batch = await claim();
      const results = await Promise.all(batch.map((message) => sendSms(settings, { to: message.phone!, text: message.text!, id: message.id }, timeoutMs)));
      // After closing the database may be gone: the lease runs out and the message is taken up
      // again under the same id, which the gateway does not send twice.
      if (abandoned) return;
      await outbox.markSent(batch.filter((_message, index) => results[index]!.ok).map((message) => message.id), now());
      for (const [index, result] of results.entries()) if (!result.ok) await recordFailure(batch[index]!, result);
      if (closed || (batch.length < batchSize && !wokenDuringPass)) return;
    }
  }

  /** Looks at the outbox now (after a commit that queued a message); at most one pass at a time. */
  function wake(): void {
    if (closed) return;
    if (pass) {
      wokenDuringPass = true;
      return;
    }
    pass = sendDue()
      // Never the number or the text: only why.
      .catch((error: Error) => log(`sending SMS failed: ${error.message}`))
      .finally(() => {
        pass = undefined;
      });
  }

  const timer = setInterval(wake, pollMs);
  timer.unref();

  return {
    wake,
    /** Stops sending; waits briefly for calls under way (a hung gateway is left to its lease). */
    async close(graceMs = 1_000): Promise<void> {
      closed = true;
      clearInterval(timer);
      if (pass) await Promise.race([pass, new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      abandoned = true;
    },
  };
}

export type SmsSender = ReturnType<typeof createSmsSender>;
