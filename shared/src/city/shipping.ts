import { z } from 'zod';
import { CentreConfig } from '../config.js';

/**
 * What crosses from a centre to the city hub: its event log, in order and in batches (an
 * outbox: the events are written in the same SQLite transaction as the change they record), and
 * a compact live status. Both are authenticated by the centre's key.
 */

export const CentreId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes, at most 40 characters');

/** One event of a centre's log as shipped: its details already stripped to their schema. */
export const ShippedEvent = z.object({
  id: z.number().int().positive(),
  at: z.number().int().describe('epoch milliseconds'),
  type: z.string().min(1).max(64),
  ticketId: z.number().int().nullable(),
  counterId: z.string().max(64).nullable(),
  staffId: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type ShippedEvent = z.infer<typeof ShippedEvent>;

/** The longest batch a centre sends at once. */
export const maxBatchEvents = 5_000;

export const EventBatch = z
  .object({
    /** The id of the event before the batch's first in the centre's log (0 before the first event). */
    after: z.number().int().min(0),
    /** Empty only in a batch that brings the configuration in force alone (a centre whose log is still empty). */
    events: z.array(ShippedEvent).max(maxBatchEvents),
    /** Configuration documents by version: those the batch's `config.changed` events name, and the one in force now. */
    configs: z.array(z.object({ version: z.string().min(1).max(64), document: CentreConfig })).max(50).default([]),
  })
  .superRefine((batch, context) => {
    if (batch.events.length === 0 && batch.configs.length === 0) {
      context.addIssue({ code: 'custom', path: ['events'], message: 'at least one event, or the configuration in force' });
    }
    let previous = batch.after;
    batch.events.forEach((event, index) => {
      if (event.id <= previous) {
        context.addIssue({ code: 'custom', path: ['events', index, 'id'], message: `must be above ${previous}: events go in log order` });
      }
      previous = event.id;
    });
  });
export type EventBatch = z.input<typeof EventBatch>;

/** How far the hub has the centre's log: the next batch goes on from `lastEventId`. */
export const ShippingCursor = z.object({
  centreId: z.string(),
  lastEventId: z.number().int().min(0),
  /** The configuration in force at the centre as the hub has it (null: none yet): a centre whose log is still empty sends it alone. */
  configVersion: z.string().nullable().optional(),
});
export type ShippingCursor = z.infer<typeof ShippingCursor>;

export const BatchReceipt = ShippingCursor.extend({
  stored: z.number().int().min(0).describe('events of the batch the hub did not have yet'),
  duplicates: z.number().int().min(0).describe('events of the batch the hub had already'),
});
export type BatchReceipt = z.infer<typeof BatchReceipt>;

const Name = z.object({ da: z.string().max(120), en: z.string().max(120) });

/** A centre's live status: what a citizen choosing a centre needs, per service. */
export const CentreStatus = z.object({
  /** When the centre took it (its clock). */
  at: z.iso.datetime({ offset: true }),
  name: z.string().min(1).max(120),
  /** Whether any service is open now: a silent centre matters only then. */
  openNow: z.boolean(),
  countersOpen: z.number().int().min(0),
  services: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: Name,
        waiting: z.number().int().min(0),
        estimatedWaitMinutes: z.number().int().min(0).nullable(),
        open: z.boolean(),
      }),
    )
    .max(200),
});
export type CentreStatus = z.infer<typeof CentreStatus>;
