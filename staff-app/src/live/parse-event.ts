import { serverEvents, type ServerEvent, type ServerEventName } from '@dintur/shared';

/**
 * Device status changes, published by the device-status part of the server (printer paper,
 * kiosks and displays gone silent). Listened for by name whether or not the shared event map
 * lists it yet: the app only takes it as a sign to fetch `GET /api/devices` again.
 */
export const deviceChangedEventName = 'device.changed';

/** The event names the app listens for: EventSource delivers named events only to their listeners. */
export const listenedEventNames: string[] = [...new Set([...Object.keys(serverEvents), deviceChangedEventName])];

const isServerEventName = (name: string): name is ServerEventName => Object.hasOwn(serverEvents, name);

/**
 * One frame of the stream as a typed event, checked against the shared event map; undefined
 * (with a warning) for a frame that does not match, so a newer server's unknown events cannot
 * break the app and a malformed one is never shown.
 */
export function parseServerEvent(type: string, id: string, data: string): ServerEvent | undefined {
  if (!isServerEventName(type)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    console.warn(`staff app: ${type} event ${id} is not JSON, ignored`);
    return undefined;
  }
  const parsed = serverEvents[type].safeParse(json);
  if (!parsed.success) {
    console.warn(`staff app: ${type} event ${id} does not match the event map, ignored`, parsed.error.issues);
    return undefined;
  }
  // The schema checked above is the one of `type`, so the pairing holds.
  return { id: Number(id) || 0, type, data: parsed.data } as ServerEvent;
}
