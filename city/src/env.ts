import path from 'node:path';
import { z } from 'zod';
import { smsEnvironment, smsSettingsOf } from '@dintur/shared/sms';
import { AllowedOriginsSetting, issuesOf, TrustedProxySetting, type TrustedProxy } from '@dintur/shared';
import type { HubSmsSettings } from './services/sms/sms-sender.js';

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  HOST: z.string().min(1).default('0.0.0.0'),
  DINTUR_DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL server (postgres://user:password@host:5432/db); unset: the embedded PostgreSQL in the data directory. */
  DINTUR_CITY_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a PostgreSQL URL such as postgres://dintur@db.example.dk:5432/dintur' }).optional(),
  DINTUR_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
  /** The reverse proxies whose X-Forwarded-For/-Proto/-Host are believed (Express's `trust proxy`); unset: none. */
  DINTUR_TRUSTED_PROXY: TrustedProxySetting.optional(),
  /** Further origins whose pages count as the hub's own, comma-separated. */
  DINTUR_ALLOWED_ORIGINS: AllowedOriginsSetting.optional(),
  /** Bookings one client address may make a minute, unless signed in at the desk; 0: no limit. */
  DINTUR_BOOKING_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(10),
  /** The address citizens reach the hub at (https://tid.kk.dk), for the links in SMS; unset: messages without a link. */
  DINTUR_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'an http(s) URL such as https://tid.example.dk' }).optional(),
  ...smsEnvironment(3000),
});

export type HubSettings = {
  port: number;
  host: string;
  dataDir: string;
  /** Absent: PostgreSQL embedded in the process (PGlite), its files in `<dataDir>/city-pg`. */
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  /** Proxies whose X-Forwarded-* headers are believed; absent: none. */
  trustedProxy?: TrustedProxy | undefined;
  /** Origins besides the hub's own whose pages may send state-changing requests with a sign-in. */
  allowedOrigins?: string[] | undefined;
  /** Bookings one client address may make a minute (the signed-in desk is not limited); 0: none. Default 10. */
  bookingLimitPerMinute?: number | undefined;
  /** Where citizens reach the hub's pages, for the links in SMS; absent: messages without a link. */
  publicUrl?: string | undefined;
  /** SMS to citizens about their bookings through an HTTP gateway; absent: none are queued or sent. */
  sms?: HubSmsSettings | undefined;
};

/** Reads the hub's environment once, at start; lists every bad value rather than the first. */
export function readHubSettings(environment: NodeJS.ProcessEnv): HubSettings {
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
    databaseUrl: env.DINTUR_CITY_DATABASE_URL,
    adminPassword: env.DINTUR_ADMIN_PASSWORD,
    trustedProxy: env.DINTUR_TRUSTED_PROXY,
    allowedOrigins: env.DINTUR_ALLOWED_ORIGINS,
    bookingLimitPerMinute: env.DINTUR_BOOKING_LIMIT_PER_MINUTE,
    publicUrl: env.DINTUR_PUBLIC_URL,
    sms: smsSettingsOf(env),
  };
}
