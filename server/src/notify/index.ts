import type { AppointmentNotice, Notifier } from './notifier.js';
import { silentNotifier } from './notifier.js';
import { createSmtpNotifier } from './smtp-notifier.js';

export { silentNotifier, type AppointmentNotice, type Notifier } from './notifier.js';

/** The notifier the settings ask for: SMTP when `DINTUR_SMTP_URL` is set, else the silent one. */
export function createNotifier(settings: { smtpUrl?: string | undefined; mailFrom?: string | undefined; publicUrl?: string | undefined }): Notifier {
  if (!settings.smtpUrl) return silentNotifier;
  return createSmtpNotifier({ url: settings.smtpUrl, from: settings.mailFrom ?? 'dintur <noreply@localhost>', publicUrl: settings.publicUrl ?? null });
}

/**
 * Sends a notice once everything written so far is on disk (a booking that was rolled back is
 * never confirmed), and never lets a failure reach the citizen: the booking stands either way.
 * The warning names the kind of failure only, never the address or anything else personal.
 * The returned promise never rejects.
 */
export function notifyAfterCommit(notifier: Notifier, durable: () => Promise<void>, notice: AppointmentNotice | null): Promise<void> {
  if (notice === null) return Promise.resolve();
  const warn = (error: unknown) => {
    const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
    console.warn(`dintur: the "${notice.kind}" notice of an appointment could not be sent (${String(code ?? responseCode ?? 'error')}); the appointment is kept.`);
  };
  // A failed commit is answered to the request itself; then there is nothing to confirm.
  return durable().then(
    () => notifier.notify(notice).catch(warn),
    () => undefined,
  );
}
