import { serverEvents, type ServerEvent, type ServerEventName } from '@dintur/shared';

/** The event names the kiosk listens for: EventSource delivers named events only to listeners of that name. */
export const serverEventNames = Object.keys(serverEvents) as ServerEventName[];

const isServerEventName = (name: string): name is ServerEventName => Object.hasOwn(serverEvents, name);

/**
 * One frame of the stream as a typed event, checked against the shared event map; undefined
 * (with a warning) for a frame that does not match, so a newer server's unknown fields or events
 * cannot break the screen, and a malformed one is never shown.
 */
export function parseServerEvent(type: string, id: string, data: string): ServerEvent | undefined {
  if (!isServerEventName(type)) return undefined;
  const eventId = Number(id);
  if (!Number.isInteger(eventId) || eventId < 0) {
    console.warn(`kiosk: ${type} event without a usable id (${JSON.stringify(id)}), ignored`);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    console.warn(`kiosk: ${type} event ${eventId} is not JSON, ignored`);
    return undefined;
  }
  const parsed = serverEvents[type].safeParse(json);
  if (!parsed.success) {
    console.warn(`kiosk: ${type} event ${eventId} does not match the event map, ignored`, parsed.error.issues);
    return undefined;
  }
  // The schema checked above is the one of `type`, so the pairing holds.
  return { id: eventId, type, data: parsed.data } as ServerEvent;
}
