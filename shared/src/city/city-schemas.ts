import { z } from 'zod';
import { LocalizedName } from '../config.js';
import { Health, LoginBody } from '../schemas.js';
import { LocalDate, StatsFigures, daysBetween, isCalendarDate, maxStatsRangeDays, ticketChannels } from '../stats.js';
import { CentreId } from './shipping.js';

/**
 * Requests and answers of the city hub: its accounts, the centres it links, live waits across
 * centres and city statistics.
 */

const Timestamp = z.iso.datetime({ offset: true });

/** The hub's roles: admin, manager (city leadership) and agent (the contact centre). */
export const cityRoles = ['admin', 'manager', 'agent'] as const;
export const CityRole = z.enum(cityRoles);
export type CityRole = z.infer<typeof CityRole>;

export { Health as CityHealth, LoginBody as CityLoginBody };

export const CityAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: CityRole,
});
export type CityAccount = z.infer<typeof CityAccount>;

export const CityLoginResult = z.object({ token: z.string(), expiresAt: Timestamp, account: CityAccount });

export const CreateCityAccountBody = z.object({
  username: z.string().regex(/^[a-z0-9._-]{2,64}$/, 'lower-case letters, digits, dot, dash or underscore (2–64)'),
  password: z.string().min(10, 'at least 10 characters').max(256),
  displayName: z.string().trim().min(1).max(120).optional(),
  role: CityRole,
});

export const CentreIdParams = z.object({ centreId: CentreId });

export const CreateCentreBody = z.object({
  id: CentreId,
  name: z.string().trim().min(1, 'a name').max(120),
});

/** A centre as registered, with its key: the only answer that ever shows the key. */
export const CentreWithKey = z.object({
  id: z.string(),
  name: z.string(),
  key: z.string().describe('the centre’s key (DINTUR_CITY_KEY); shown once, stored hashed'),
});

export const CityCentre = z.object({
  id: z.string(),
  name: z.string(),
  /** Whether the centre has been heard from in the last two minutes. */
  linked: z.boolean(),
  lastEventId: z.number().int(),
  lastEventAt: Timestamp.nullable().describe('when the newest event the hub has happened at the centre'),
  lastSeenAt: Timestamp.nullable(),
  /** Seconds from the centre's newest status to the hub having it, or null before the first. */
  lagSeconds: z.number().nullable(),
  /** Silent during its opening hours (its last status said it was open): leaders are alerted. */
  silent: z.boolean(),
  createdAt: Timestamp,
});
export type CityCentre = z.infer<typeof CityCentre>;

export const CityWaitService = z.object({
  id: z.string(),
  name: LocalizedName,
  waiting: z.number().int(),
  estimatedWaitMinutes: z.number().int().nullable(),
  open: z.boolean(),
});
export const CityWaits = z.object({
  /** The hub's clock, so a page can say how fresh each centre's figures are. */
  serverTime: Timestamp,
  centres: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** When the centre took its newest status, or null before the first. */
      updatedAt: Timestamp.nullable(),
      linked: z.boolean(),
      openNow: z.boolean(),
      services: z.array(CityWaitService),
    }),
  ),
});
export type CityWaits = z.infer<typeof CityWaits>;

export const CityStatsQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    centreId: z.union([z.literal('').transform(() => undefined), CentreId]).optional(),
  })
  .superRefine((query, context) => {
    if (!isCalendarDate(query.from) || !isCalendarDate(query.to)) return;
    if (query.to < query.from) context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (daysBetween(query.from, query.to) + 1 > maxStatsRangeDays) {
      context.addIssue({ code: 'custom', path: ['to'], message: `a period may cover at most ${maxStatsRangeDays} days` });
    }
  });
export type CityStatsQuery = z.output<typeof CityStatsQuery>;

const Count = z.number().int().min(0);
const Share = z.number().min(0).max(1).nullable();

/** What the politicians asked for, per centre and month: channels, self-service, appointments, first contact, waits. */
export const CityEvaluationRow = z.object({
  centreId: z.string(),
  month: z.string().describe('YYYY-MM'),
  ticketsByChannel: z.object(Object.fromEntries(ticketChannels.map((channel) => [channel, Count])) as Record<(typeof ticketChannels)[number], typeof Count>),
  kioskSelfService: Count.describe('citizens at a kiosk who chose to do it online'),
  kioskTicketAnyway: Count.describe('took a number although self-service was offered'),
  appointments: Count.describe('numbers taken by checking in for an appointment'),
  walkIns: Count.describe('numbers taken without an appointment'),
  served: Count,
  resolved: Count,
  firstContactResolution: Share,
  waits: Count,
  waitsWithinTarget: Count,
  withinTargetShare: Share,
});
export type CityEvaluationRow = z.infer<typeof CityEvaluationRow>;

export const CityStatsReport = z.object({
  from: z.string(),
  to: z.string(),
  generatedAt: Timestamp,
  firstContactGoal: z.number(),
  total: StatsFigures,
  byCentre: z.array(
    StatsFigures.extend({
      centreId: z.string(),
      name: z.string(),
      waitTargetMinutes: z.number(),
      /** The newest event of the centre the hub has: the figures are complete up to it. */
      lastEventAt: Timestamp.nullable(),
    }),
  ),
  evaluation: z.array(CityEvaluationRow),
});
export type CityStatsReport = z.infer<typeof CityStatsReport>;
