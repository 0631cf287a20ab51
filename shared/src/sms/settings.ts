import { z } from 'zod';
import type { SmsGatewaySettings } from './gateway.js';

/** The gateway and the two limits, as a centre and the hub read them from their settings. */
export type SmsSenderSettings = SmsGatewaySettings & {
  /** Messages an hour in all (0: no limit). */
  perHour: number;
  /** Messages an hour to one number (0: no limit); beyond it, a message is not sent (`limited`). */
  perNumberPerHour: number;
};

/**
 * The `DINTUR_SMS_*` settings, read the same way by a centre and the hub (each its own default of
 * messages an hour): spread into the process's settings schema.
 */
export function smsEnvironment(defaultPerHour: number) {
  return {
    /** The SMS gateway (POST JSON {to, from, text, id}); unset: no SMS is queued or sent. */
    DINTUR_SMS_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://sms.example.dk/messages' }).optional(),
    /** The sender name of the SMS (at most 11 letters and digits, or a phone number). */
    DINTUR_SMS_FROM: z
      .string()
      .trim()
      .regex(/^(?:[A-Za-z0-9][A-Za-z0-9 .-]{0,10}|\+?\d{3,15})$/, 'a sender of at most 11 letters, digits, spaces, dots and dashes, or a phone number')
      .optional(),
    /** Sent to the gateway as `Authorization: Bearer …` when set. */
    DINTUR_SMS_TOKEN: z.string().min(1).max(4096).optional(),
    /** SMS sent an hour in all; 0: no limit. */
    DINTUR_SMS_PER_HOUR: z.coerce.number().int().min(0).default(defaultPerHour),
    /** SMS sent to one number an hour; beyond it a message is not sent (state limited). 0: no limit. */
    DINTUR_SMS_PER_NUMBER_PER_HOUR: z.coerce.number().int().min(0).default(5),
  };
}

type SmsEnvironment = z.infer<z.ZodObject<ReturnType<typeof smsEnvironment>>>;

/** The SMS settings of parsed `DINTUR_SMS_*` values, or undefined without a gateway. */
export function smsSettingsOf(env: SmsEnvironment): SmsSenderSettings | undefined {
  if (!env.DINTUR_SMS_URL) return undefined;
  return {
    url: env.DINTUR_SMS_URL,
    from: env.DINTUR_SMS_FROM ?? 'dintur',
    token: env.DINTUR_SMS_TOKEN,
    perHour: env.DINTUR_SMS_PER_HOUR,
    perNumberPerHour: env.DINTUR_SMS_PER_NUMBER_PER_HOUR,
  };
}
