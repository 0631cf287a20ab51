import { shippableDetails, type BatchReceipt, type CentreConfig, type ShippedEvent } from '@dintur/shared';
import { reconstructVisits, serviceMinutes, waitMinutes, type Visit } from '@dintur/shared/statistics';
import type { Database } from '../data/database.js';
import { createAppointmentsRepository } from '../data/appointments-repository.js';
import { createCentresRepository } from '../data/centres-repository.js';
import { createLogRepository, type StayRow } from '../data/log-repository.js';
import { HubError } from './errors.js';

export type IncomingBatch = {
  after: number;
  events: readonly ShippedEvent[];
  configs: readonly { version: string; document: CentreConfig }[];
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** The local date "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(at: number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) dateFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(at);
}

/** The stays of visits as rows, each measured by the centre's own rules (shared/src/statistics). */
export function stayRows(visits: readonly Visit[], timeZone: string): StayRow[] {
  const rows: StayRow[] = [];
  for (const visit of visits) {
    const issuedDate = localDate(visit.issuedAt, timeZone);
    visit.stays.forEach((stay, index) => {
      const entry = { visit, stay, index };
      rows.push({
        ticketId: visit.ticketId,
        stayIndex: index,
        serviceId: stay.serviceId,
        issuedDate,
        enteredAt: stay.enteredAt,
        byTransfer: stay.byTransfer,
        channel: visit.channel,
        waitMinutes: waitMinutes(entry),
        serviceMinutes: serviceMinutes(entry),
        endKind: stay.end.kind,
        outcome: stay.end.kind === 'finished' ? stay.end.outcome : null,
      });
    });
  }
  return rows;
}

const keptStatus: Partial<Record<string, 'checked-in' | 'no-show'>> = { 'appointment.checked-in': 'checked-in', 'appointment.no-show': 'no-show' };

/** A booking made at the hub that its centre checked in or marked a no-show is no longer "booked" at the hub either. */
async function markKeptBookings(appointments: ReturnType<typeof createAppointmentsRepository>, centreId: string, events: readonly ShippedEvent[], now: number): Promise<void> {
  const codes = { 'checked-in': [] as string[], 'no-show': [] as string[] };
  for (const event of events) {
    const status = keptStatus[event.type];
    const code = event.details.code;
    if (status && typeof code === 'string') codes[status].push(code);
  }
  // One statement per outcome, however many the batch holds.
  await appointments.markKept(centreId, codes['checked-in'], 'checked-in', now);
  await appointments.markKept(centreId, codes['no-show'], 'no-show', now);
}

/**
 * Takes a centre's batch of its event log, in one PostgreSQL transaction: the centre's row is
 * locked (one batch of a centre at a time), a batch that does not follow on from what the hub
 * has is refused (409 with the hub's cursor), events the hub has already are skipped
 * (`ON CONFLICT DO NOTHING` on the centre and event id), and the visits the new events touch are
 * rebuilt from all their events into stays for statistics. A crash anywhere before COMMIT leaves
 * nothing; the centre resends from the cursor.
 */
export async function receiveBatch(db: Database, centreId: string, batch: IncomingBatch, now: number): Promise<BatchReceipt> {
  return db.transaction(async (transaction) => {
    const centres = createCentresRepository(transaction);
    const log = createLogRepository(transaction);
    const centre = await centres.lockById(centreId);
    if (!centre) throw new HubError(404, 'not-found', `No centre "${centreId}".`);
    if (batch.after > centre.lastEventId) {
      throw new HubError(
        409,
        'gap-in-log',
        `The batch follows event ${batch.after}, but the hub has the log of "${centreId}" only up to event ${centre.lastEventId}: send from there.`,
        { lastEventId: centre.lastEventId },
      );
    }
    for (const { version, document } of batch.configs) await centres.saveConfig(centreId, version, document, now);
    // The configuration in force is the newest the batch names (a config.changed event), or the
    // one it says is in force now when the batch has none.
    const newestVersion = [...batch.events].reverse().find((event) => event.type === 'config.changed')?.details.configVersion;
    const inForce = batch.configs.find((config) => config.version === newestVersion) ?? batch.configs.at(-1);
    let timeZone = centre.timeZone;
    if (inForce) {
      timeZone = inForce.document.centre.timeZone;
      await centres.setConfigInForce(centreId, inForce.version, timeZone, inForce.document.statistics.waitTargetMinutes);
    }

    // Stripped again here: whatever a centre of another version sends, the hub keeps only what may leave a centre.
    const fresh = batch.events
      .filter((event) => event.id > centre.lastEventId)
      .map((event) => ({ ...event, details: shippableDetails(event.type, event.details) }));
    const stored = fresh.length > 0 ? await log.append(centreId, fresh) : [];
    const ticketIds = [...new Set(stored.map((event) => event.ticketId).filter((id): id is number => id !== null))];
    if (ticketIds.length > 0) {
      const visits = reconstructVisits(await log.ofTickets(centreId, ticketIds));
      const rows = stayRows(visits, timeZone);
      await log.replaceStays(centreId, ticketIds, rows);
      // A visit's stays keep the date its number was taken: the days to sum up again are theirs.
      await log.resumDays(centreId, [...new Set(rows.map((row) => row.issuedDate))]);
    }
    await markKeptBookings(createAppointmentsRepository(transaction), centreId, fresh, now);
    const last = batch.events.at(-1);
    if (!last) {
      // The configuration in force alone (a centre whose log is still empty): nothing to advance.
      await centres.markSeen(centreId, now);
      return { centreId, lastEventId: centre.lastEventId, stored: 0, duplicates: 0 };
    }
    const lastEventId = Math.max(centre.lastEventId, last.id);
    await centres.advance(centreId, lastEventId, lastEventId === last.id ? last.at : (centre.lastEventAt ?? last.at), now);
    return { centreId, lastEventId, stored: stored.length, duplicates: batch.events.length - stored.length };
  });
}
