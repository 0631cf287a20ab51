import path from 'node:path';
import { z } from 'zod';
import { smsEnvironment, smsSettingsOf } from '@dintur/shared/sms';
import { AllowedOriginsSetting, issuesOf, TrustedProxySetting, type TrustedProxy } from '@dintur/shared';
import { parseDeviceAddresses } from './http/device-addresses.js';

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DINTUR_DATA_DIR: z.string().min(1).default('./data'),
  /** Password of the first `admin` account; generated and printed once when unset. */
  DINTUR_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  /** Tickets one client may take a minute; 0 turns the limit off (load tests). */
  DINTUR_ISSUE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(30),
  DINTUR_HEARTBEAT_SECONDS: z.coerce.number().positive().default(15),
  /** Bookings (`POST /api/appointments`) one client address may make a minute, unless signed in at the desk; 0: no limit. */
  DINTUR_BOOKING_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(10),
  /** Live event streams one client address may hold (kiosks, displays and staff not counted); 0: no cap. */
  DINTUR_EVENT_STREAMS_PER_CLIENT: z.coerce.number().int().min(0).default(200),
  /** Live event streams of all anonymous clients together, well under the process's file limit; 0: no cap. */
  DINTUR_EVENT_STREAMS_MAX: z.coerce.number().int().min(0).default(500),
  /** The kiosks' and displays' addresses or subnets, comma-separated: their streams are never capped. */
  DINTUR_DEVICE_ADDRESSES: z
    .string()
    .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
    .superRefine((entries, context) => {
      const parsed = parseDeviceAddresses(entries);
      if ('errors' in parsed) for (const message of parsed.errors) context.addIssue({ code: 'custom', message });
    })
    .optional(),
  /** The SMTP server that sends appointment confirmations (smtp://host:port, smtps://user:pass@host); unset: none are sent. */
  DINTUR_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'an SMTP URL such as smtp://mail.example.dk:587' }).optional(),
  /** The sender of those e-mails. */
  DINTUR_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  /** The address citizens reach this server at (https://borger.example.dk), for links in e-mails. */
  DINTUR_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://tid.valby.example.dk' }).optional(),
  ...smsEnvironment(600),
  /** The city hub this centre joins (all three city settings, or none: the centre then runs alone). */
  DINTUR_CITY_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://city.example.dk' }).optional(),
  DINTUR_CITY_CENTRE_ID: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'the centre id registered at the hub').optional(),
  DINTUR_CITY_KEY: z.string().min(20, 'the key the hub gave when the centre was registered').optional(),
  /** The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (Express's `trust proxy`); unset: none. */
  DINTUR_TRUSTED_PROXY: TrustedProxySetting.optional(),
  /** Further origins whose pages count as this server's own, comma-separated. */
  DINTUR_ALLOWED_ORIGINS: AllowedOriginsSetting.optional(),
}).superRefine((env, context) => {
  const city = ['DINTUR_CITY_URL', 'DINTUR_CITY_CENTRE_ID', 'DINTUR_CITY_KEY'] as const;
  const given = city.filter((name) => env[name] !== undefined);
  if (given.length > 0 && given.length < city.length) {
    for (const name of city.filter((entry) => env[entry] === undefined)) {
      context.addIssue({ code: 'custom', path: [name], message: `needed with ${given.join(' and ')} to join the city (or unset them all to run alone)` });
    }
  }
});

export type Settings = {
  port: number;
  host: string;
  dataDir: string;
  adminPassword: string | undefined;
  issueLimitPerMinute: number;
  /** Public bookings one client may make a minute; 0: no limit. Default 10. */
  bookingLimitPerMinute?: number | undefined;
  heartbeatMs: number;
  /** Caps on anonymous live event streams, per client address and in all (0: none); defaults 200 and 500. */
  eventStreamsPerClient?: number | undefined;
  eventStreamsMax?: number | undefined;
  /** The kiosks' and displays' addresses or subnets: their streams are never capped. */
  deviceAddresses?: string[] | undefined;
  /** Appointment e-mails: the SMTP server, sender and public address (absent: no e-mails). */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  publicUrl?: string | undefined;
  /** SMS to citizens through an HTTP gateway (absent: none are queued or sent; docs/NOTIFICATIONS.md). */
  sms?: SmsSettings | undefined;
  /** The city hub to join; absent: the centre runs alone. */
  city?: { url: string; centreId: string; key: string } | undefined;
  /** Proxies whose X-Forwarded-* headers are believed (the client's address, HTTPS, the host); absent: none. */
  trustedProxy?: TrustedProxy | undefined;
  /** Origins besides the server's own whose pages may send state-changing requests with a sign-in. */
  allowedOrigins?: string[] | undefined;
};

export type SmsSettings = {
  url: string;
  /** The sender name; default "dintur". */
  from: string;
  token?: string | undefined;
  /** SMS an hour in all, and to one number (0: no limit); defaults 600 and 5. */
  perHour?: number | undefined;
  perNumberPerHour?: number | undefined;
};

/** Reads the environment once, at start; lists every bad value rather than the first. */
export function readSettings(environment: NodeJS.ProcessEnv): Settings {
  const result = Environment.safeParse(environment);
  if (!result.success) {
    const lines = issuesOf(result.error).map((issue) => `  ${issue.path}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.DINTUR_DATA_DIR),
    adminPassword: env.DINTUR_ADMIN_PASSWORD,
    issueLimitPerMinute: env.DINTUR_ISSUE_LIMIT_PER_MINUTE,
    bookingLimitPerMinute: env.DINTUR_BOOKING_LIMIT_PER_MINUTE,
    heartbeatMs: env.DINTUR_HEARTBEAT_SECONDS * 1000,
    eventStreamsPerClient: env.DINTUR_EVENT_STREAMS_PER_CLIENT,
    eventStreamsMax: env.DINTUR_EVENT_STREAMS_MAX,
    deviceAddresses: env.DINTUR_DEVICE_ADDRESSES,
    smtpUrl: env.DINTUR_SMTP_URL,
    mailFrom: env.DINTUR_MAIL_FROM,
    publicUrl: env.DINTUR_PUBLIC_URL,
    sms: smsSettingsOf(env),
    city:
      env.DINTUR_CITY_URL && env.DINTUR_CITY_CENTRE_ID && env.DINTUR_CITY_KEY
        ? { url: env.DINTUR_CITY_URL, centreId: env.DINTUR_CITY_CENTRE_ID, key: env.DINTUR_CITY_KEY }
        : undefined,
    trustedProxy: env.DINTUR_TRUSTED_PROXY,
    allowedOrigins: env.DINTUR_ALLOWED_ORIGINS,
  };
}
