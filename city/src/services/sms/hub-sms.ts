import type { CentreConfig } from '@dintur/shared';
import type { Database, Queryable } from '../../data/database.js';
import { createSmsRepository, type OutboxMessage, type SmsDelivery, type SmsKind } from '../../data/sms-repository.js';
import type { CentreCalendars } from '../booking/calendars.js';
import { bookingMessage, type BookingMessageSettings, type MessageAppointment } from './booking-messages.js';
import { sweepReminders } from './reminders.js';
import { createSmsSender, type HubSmsSettings, type SmsSender, type SmsSenderOptions } from './sms-sender.js';

export type HubSmsOptions = SmsSenderOptions & {
  /** How often the reminders due are looked for; default every minute. */
  sweepMs?: number;
};

/**
 * What booking needs of SMS: the confirmation made before the booking's one round trip, the
 * messages of a move or a cancellation queued inside its transaction, a wake-up for the sender
 * after the commit, and what the desk is shown. With no gateway (DINTUR_SMS_URL unset) nothing is
 * queued: messages made now would otherwise go out whenever a gateway is set, days late.
 */
export type BookingSms = {
  /** The confirmation of a booking about to be made, or undefined (no SMS, no phone number that takes one). */
  confirmation(config: CentreConfig, appointment: MessageAppointment): OutboxMessage | undefined;
  /** In the transaction of a move or cancellation: ends the messages it made wrong and queues its own; whether one was queued. */
  enqueueChange(transaction: Queryable, kind: Extract<SmsKind, 'moved' | 'cancelled'>, appointment: MessageAppointment, revision: number): Promise<boolean>;
  /** After a commit that queued a message. */
  queued(): void;
  /** The messages of these appointments, oldest first, by code. */
  deliveriesOf(codes: readonly string[]): Promise<Map<string, SmsDelivery[]>>;
};

export type HubSms = BookingSms & {
  /** The sender, when a gateway is set. */
  sender: SmsSender | undefined;
  close(): Promise<void>;
};

/**
 * The hub's SMS to citizens about the bookings it owns: queued with each booking change, sent by
 * the sender (when DINTUR_SMS_URL is set), and the evening reminders swept for each centre.
 */
export function createHubSms(
  db: Database,
  calendars: CentreCalendars,
  settings: { sms: HubSmsSettings | undefined } & BookingMessageSettings,
  now: () => number,
  options: HubSmsOptions = {},
): HubSms {
  const outbox = createSmsRepository(db);
  const enabled = settings.sms !== undefined;
  const sender = settings.sms ? createSmsSender(db, settings.sms, now, options) : undefined;
  const log = options.log ?? ((message: string) => console.error(`dintur city: ${message}`));

  let sweeping: Promise<unknown> = Promise.resolve();
  let sweepTimer: NodeJS.Timeout | undefined;
  if (sender) {
    const sweep = () => {
      sweeping = (async () => {
        if ((await sweepReminders(outbox, await calendars.all(), settings, now())) > 0) sender.wake();
      })().catch((error: Error) => log(`the SMS reminder sweep failed: ${error.message}`));
    };
    sweepTimer = setInterval(sweep, options.sweepMs ?? 60_000);
    sweepTimer.unref();
    // Messages left queued by the last run, and reminders due while the hub was down.
    sweep();
    sender.wake();
  }

  return {
    sender,
    confirmation(config, appointment) {
      return enabled ? bookingMessage(settings, config, 'booked', appointment) : undefined;
    },
    async enqueueChange(transaction, kind, appointment, revision) {
      if (!enabled) return false;
      const repository = createSmsRepository(transaction);
      const at = now();
      await repository.supersede(appointment.code, at);
      const calendar = (await calendars.all()).find((candidate) => candidate.centreId === appointment.centreId);
      const message = calendar && bookingMessage(settings, calendar.config, kind, appointment, revision);
      return message ? repository.enqueue(message, at) : false;
    },
    queued() {
      sender?.wake();
    },
    async deliveriesOf(codes) {
      const byCode = new Map<string, SmsDelivery[]>();
      for (const delivery of await outbox.deliveriesOf(codes)) {
        const list = byCode.get(delivery.appointmentCode) ?? [];
        list.push(delivery);
        byCode.set(delivery.appointmentCode, list);
      }
      return byCode;
    },
    async close() {
      if (sweepTimer) clearInterval(sweepTimer);
      await sweeping;
      await sender?.close();
    },
  };
}
