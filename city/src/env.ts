import path from 'node:path';
import { z } from 'zod';
import { issuesOf } from '@dintur/shared';

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  HOST: z.string().min(1).default('0.0.0.0'),
  DINTUR_DATA_DIR: z.string().min(1).default('./data'),
  /** A PostgreSQL server (postgres://user:password@host:5432/db); unset: the embedded PostgreSQL in the data directory. */
  DINTUR_CITY_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a PostgreSQL URL such as postgres://dintur@db.example.dk:5432/dintur' }).optional(),
  DINTUR_ADMIN_PASSWORD: z.string().min(10, 'at least 10 characters').optional(),
});

export type HubSettings = {
  port: number;
  host: string;
  dataDir: string;
  /** Absent: PostgreSQL embedded in the process (PGlite), its files in `<dataDir>/city-pg`. */
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
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
  };
}
