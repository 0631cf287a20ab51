import nodemailer from 'nodemailer';
import { appointmentMessage } from './appointment-message.js';
import type { Notifier } from './notifier.js';

export type SmtpOptions = {
  /** `smtp://host:port` or `smtps://user:password@host:port` (nodemailer's connection URL). */
  url: string;
  /** The sender: `Borgercenter Valby <noreply@example.dk>`. */
  from: string;
  /** The server's public address, for the link to move or cancel; null leaves the link out. */
  publicUrl: string | null;
};

/**
 * Sends appointment confirmations by e-mail through an SMTP server (nodemailer). Citizens who
 * gave only a phone number get nothing from this notifier. Short timeouts: a hanging mail server
 * must not keep connections open, and the booking is made whatever happens here.
 */
export function createSmtpNotifier(options: SmtpOptions): Notifier {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async notify(notice) {
      if (notice.to.email === null) return;
      const message = appointmentMessage(notice, options.publicUrl);
      await transport.sendMail({ from: options.from, to: { name: notice.to.name, address: notice.to.email }, subject: message.subject, text: message.text });
    },
    async close() {
      transport.close();
    },
  };
}
