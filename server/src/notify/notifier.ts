/**
 * What a citizen is told about their appointment by e-mail (SMTP). Sent only after the booking is
 * on disk, and a failure to send never undoes or loses the booking. SMS do not go through this
 * interface: they are queued in the SMS outbox inside the booking's own transaction and sent by
 * sms-sender.ts, so a message survives a crash or a gateway that is down (docs/NOTIFICATIONS.md).
 */
export type AppointmentNotice = {
  kind: 'booked' | 'moved' | 'cancelled';
  code: string;
  /** The citizen's language for the message: "da", else English. */
  lang: string;
  to: { name: string; email: string | null; phone: string | null };
  centreName: string;
  unitName: string;
  serviceName: string;
  start: number;
  end: number;
  timeZone: string;
  /** Whether the yellow health card can be used to check in (a CPR number was given). */
  healthCardCheckIn: boolean;
  /** How many minutes before the time check-in opens, and how late it is still possible. */
  checkInOpensMinutesBefore: number;
  graceMinutes: number;
};

export type Notifier = {
  /** Sends the notice where this notifier can (e-mail, SMS); resolves when handed over. */
  notify(notice: AppointmentNotice): Promise<void>;
  close(): Promise<void>;
};

/** The notifier of a centre without SMTP or SMS: tells nobody, and says nothing about it. */
export const silentNotifier: Notifier = {
  notify: () => Promise.resolve(),
  close: () => Promise.resolve(),
};
