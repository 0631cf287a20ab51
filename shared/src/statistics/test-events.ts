import type { LoggedEvent } from './logged-event.js';

/**
 * Event-log entries for the unit tests of the statistics steps, written as the engine writes
 * them (ids in order, times as local Copenhagen clock times of one winter day, UTC+1).
 */
export function eventLog(date = '2026-11-24') {
  const events: LoggedEvent[] = [];
  /** "10:05" local → epoch milliseconds. */
  const at = (time: string) => Date.parse(`${date}T${time}:00+01:00`);
  const add = (time: string, type: string, fields: { ticketId?: number; counterId?: string; details?: Record<string, unknown> } = {}) => {
    const event: LoggedEvent = {
      id: events.length + 1,
      at: at(time),
      type,
      ticketId: fields.ticketId ?? null,
      counterId: fields.counterId ?? null,
      staffId: null,
      details: fields.details ?? {},
    };
    events.push(event);
    return event;
  };
  return { events, at, add };
}
