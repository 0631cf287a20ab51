import { defaultBookingsPerContact, isBookingCode, isBookingDesk, normalizeBookingCode, normalizePhone, phoneKey, type CityAccount, type CityAppointment, type CityBookBody } from '@dintur/shared';
import { cprHash, newBookingCode } from '@dintur/shared/booking-keys';
import { createAppointmentsRepository, type AppointmentRecord } from '../../data/appointments-repository.js';
import type { Database } from '../../data/database.js';
import { HubError, notFound } from '../errors.js';
import type { BookingSms } from '../sms/hub-sms.js';
import type { CentreCalendars } from './calendars.js';
import { requireOpenSlot } from './slots.js';
import { cityAppointmentView } from './views.js';

/** Roles that book on a caller's behalf: their bookings are the contact centre's (`agent` channel), and they see contact details whole. */
/** Whether the account books on a caller's behalf: its bookings are the contact centre's (`agent` channel), and it sees contact details whole. */
const atDesk = (account: CityAccount | null) => account !== null && isBookingDesk(account.role);

/** How far back a search without a date looks: the desk deals with coming appointments. */
const searchBackMs = 14 * 24 * 60 * 60_000;

const iso = (time: number) => new Date(time).toISOString();

/** The 409 of a full slot, as a centre answers it. */
const slotFull = (start: number) => new HubError(409, 'conflict', 'That time was just taken; choose another.', { reason: 'slot-full', start: iso(start) });

/**
 * Coming bookings one phone number (by `phone_key`) or e-mail address (any case) may hold across
 * every centre of the city, as a centre's default (docs/DECISIONS.md, "Caps: bookings, streams, queues").
 */
export const bookingsPerContact = defaultBookingsPerContact;

const contactLimit = () =>
  new HubError(
    409,
    'booking-limit',
    `This phone number or e-mail address already has ${bookingsPerContact} coming appointments in the city, the most one person may book (${bookingsPerContact}). Cancel one to book another, or call the contact centre.`,
    { limit: bookingsPerContact },
  );

const describe: Record<AppointmentRecord['status'], string> = {
  booked: 'booked',
  'checked-in': 'already checked in',
  cancelled: 'cancelled',
  'no-show': 'past: it was not kept',
};

/**
 * Booking, moving, cancelling and finding appointments at any centre. Every change of a centre's
 * bookings runs in one PostgreSQL transaction that first takes the centre's next feed revision,
 * which locks that centre's feed row: changes at one centre run one at a time, the capacity
 * check sees every booking committed before it, and exactly as many citizens win a slot as it
 * has places. A booking is that transaction in one round trip (a database function); attempts
 * at a slot already full are refused before it, so a rush for the last places does not queue
 * behind itself.
 */
export function createBookings(db: Database, calendars: CentreCalendars, cprKey: Buffer, now: () => number, sms?: BookingSms) {
  const appointments = createAppointmentsRepository(db);

  /** The appointments for the API; the desk's views carry what became of their SMS. */
  async function views(found: readonly AppointmentRecord[], account: CityAccount | null): Promise<CityAppointment[]> {
    const all = await calendars.all();
    const full = atDesk(account);
    const messages = full && sms ? await sms.deliveriesOf(found.map((appointment) => appointment.code)) : undefined;
    return found.map((appointment) =>
      cityAppointmentView(
        appointment,
        all.find((candidate) => candidate.centreId === appointment.centreId),
        { full },
        messages && (messages.get(appointment.code) ?? []),
      ),
    );
  }

  async function view(appointment: AppointmentRecord, account: CityAccount | null): Promise<CityAppointment> {
    return (await views([appointment], account))[0]!;
  }

  async function requireAppointment(code: string): Promise<AppointmentRecord> {
    const appointment = await appointments.byCode(code);
    if (!appointment) throw notFound('appointment with booking code', code);
    return appointment;
  }

  function requireBooked(appointment: AppointmentRecord, action: string): void {
    if (appointment.status !== 'booked') throw new HubError(409, 'invalid-state', `The appointment is ${describe[appointment.status]}; it cannot be ${action}.`);
  }

  async function book(body: CityBookBody, account: CityAccount | null): Promise<CityAppointment> {
    const calendar = await calendars.require(body.centreId);
    const start = Date.parse(body.start);
    const slot = requireOpenSlot(calendar, body.serviceId, start, now());
    if ((await appointments.heldBetween(body.centreId, body.serviceId, slot.start, slot.end)).length >= slot.capacity) throw slotFull(slot.start);
    const channel = atDesk(account) ? 'agent' : 'online';
    const phone = body.phone === undefined ? null : normalizePhone(body.phone);
    const at = now();
    let booked: AppointmentRecord | undefined;
    // One round trip: the database function takes the centre's lock, counts and inserts (see the
    // repository's bookIfRoom); the lock is held for microseconds, not for several round trips.
    for (let attempt = 0; attempt < 20 && !booked; attempt += 1) {
      const appointment = {
        code: newBookingCode(),
        centreId: body.centreId,
        serviceId: body.serviceId,
        startAt: slot.start,
        endAt: slot.end,
        localDate: slot.localDate,
        channel,
        lang: body.lang,
        name: body.name,
        phone,
        phoneKey: phone === null ? null : phoneKey(phone),
        email: body.email ?? null,
        cprHash: body.cpr === undefined ? null : cprHash(cprKey, body.cpr),
        bookedAt: at,
        bookedBy: channel === 'agent' && account ? account.id : null,
      } as const;
      // The confirmation SMS is queued by the same statement, so it is kept exactly when the booking is.
      const message = sms?.confirmation(calendar.config, appointment);
      // The desk books for callers; a citizen's phone number or e-mail is limited across the city.
      const { outcome, revision } = await appointments.bookIfRoom(appointment, slot.capacity, channel === 'agent' ? null : bookingsPerContact, message);
      if (outcome === 'contact-limit') throw contactLimit();
      if (outcome === 'full') throw slotFull(slot.start);
      if (outcome === 'booked') {
        booked = { ...appointment, status: 'booked', changedAt: at, revision };
        if (message) sms?.queued();
      }
    }
    // 20 collisions in a row among 2^40 codes means the random source is broken, not bad luck.
    if (!booked) throw new Error('Could not find an unused booking code');
    return view(booked, account);
  }

  async function get(code: string, account: CityAccount | null): Promise<CityAppointment> {
    return view(await requireAppointment(code), account);
  }

  /**
   * Cancels a booked appointment: its place is free at once. Cancelling again answers the same and
   * changes nothing. The citizen is told by SMS whoever cancelled it (see `move`).
   */
  async function cancel(code: string, account: CityAccount | null): Promise<CityAppointment> {
    const known = await requireAppointment(code);
    if (known.status === 'cancelled') return view(known, account);
    let queued = false;
    const cancelled = await db.transaction(async (transaction) => {
      const locked = createAppointmentsRepository(transaction);
      const revision = await locked.nextRevision(known.centreId);
      const appointment = (await locked.lockByCode(code))!;
      // Cancelled by someone else in the meantime: the same answer as cancelling again (the
      // revision taken stays unused; the feed is read by "after", so a gap skips nothing).
      if (appointment.status === 'cancelled') return appointment;
      requireBooked(appointment, 'cancelled');
      const changed = await locked.cancel(code, now(), revision);
      if (sms) queued = await sms.enqueueChange(transaction, 'cancelled', changed, revision);
      return changed;
    });
    if (queued) sms?.queued();
    return view(cancelled, account);
  }

  /**
   * Moves a booked appointment to another slot of its service at its centre, keeping its code; the
   * old place is free in the same transaction. The citizen is told by SMS whoever moved it: the
   * confirmation on their phone now names a wrong time, and the code alone lets anyone holding it
   * make the change, so the holder must hear of it.
   */
  async function move(code: string, startText: string, account: CityAccount | null): Promise<CityAppointment> {
    const known = await requireAppointment(code);
    requireBooked(known, 'moved');
    const start = Date.parse(startText);
    if (start === known.startAt) throw new HubError(400, 'validation-failed', 'The appointment is already at that time.', undefined, [{ path: 'body.start', message: 'the same time as now' }]);
    const calendar = await calendars.require(known.centreId, 'params.code');
    const slot = requireOpenSlot(calendar, known.serviceId, start, now());
    let queued = false;
    const moved = await db.transaction(async (transaction) => {
      const locked = createAppointmentsRepository(transaction);
      const revision = await locked.nextRevision(known.centreId);
      const appointment = (await locked.lockByCode(code))!;
      requireBooked(appointment, 'moved');
      if ((await locked.heldBetween(appointment.centreId, appointment.serviceId, slot.start, slot.end, code)).length >= slot.capacity) throw slotFull(slot.start);
      const changed = await locked.move(code, { startAt: slot.start, endAt: slot.end, localDate: slot.localDate }, now(), revision);
      if (sms) queued = await sms.enqueueChange(transaction, 'moved', changed, revision);
      return changed;
    });
    if (queued) sms?.queued();
    return view(moved, account);
  }

  /**
   * The booking desk's search: a booking code finds its appointment (however old); otherwise the
   * appointments of `date` (at one centre or all), or without a date those of the last two weeks
   * and all to come, whose name contains the query (any case) or whose phone number ends with
   * its digits (spacing and +45 ignored). Soonest first.
   */
  async function search(query: { query?: string | undefined; centreId?: string | undefined; date?: string | undefined }, account: CityAccount): Promise<CityAppointment[]> {
    const text = query.query?.trim() ?? '';
    const centreId = query.centreId ?? null;
    if (!text && !query.date) {
      throw new HubError(400, 'validation-failed', 'Search by code, name or phone number, or choose a date.', undefined, [{ path: 'query.query', message: 'a code, name or phone number, or a date' }]);
    }
    const code = normalizeBookingCode(text);
    if (isBookingCode(code)) {
      const found = await appointments.byCode(code);
      if (found && (centreId === null || found.centreId === centreId)) return [await view(found, account)];
    }
    const isPhone = /^[\d\s()+-]+$/.test(text) && phoneKey(text).length >= 4;
    let found: AppointmentRecord[];
    if (query.date) {
      const ofDay = await appointments.ofDate(query.date, centreId);
      const needle = text.toLocaleLowerCase('da');
      found = !text
        ? ofDay
        : ofDay.filter((appointment) =>
            isPhone ? phoneKey(appointment.phone ?? '').endsWith(phoneKey(text)) && appointment.phone !== null : (appointment.name ?? '').toLocaleLowerCase('da').includes(needle),
          );
    } else {
      const since = now() - searchBackMs;
      found = isPhone ? await appointments.byPhone(phoneKey(text), since, centreId) : await appointments.byName(text, since, centreId);
    }
    return views(found, account);
  }

  return { book, get, cancel, move, search };
}

export type Bookings = ReturnType<typeof createBookings>;
