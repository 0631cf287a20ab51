import type { DeviceChange, DeviceKind, DeviceState, HeartbeatBody, PrinterStatus } from '@dintur/shared';
import type { EngineContext } from './context.js';
import { invalidInput } from './errors.js';

/** A device with no heartbeat for this long has gone silent: three missed minutes. */
export const silentAfterMs = 3 * 60_000;
/** The heartbeat is public, so devices the configuration does not list are remembered sparingly. */
const maxUnregistered = 50;
const forgetUnregisteredAfterMs = 24 * 60 * 60_000;

type Presence = {
  kind: DeviceKind;
  /** The last heartbeat, or null when only its printer was heard of (the server's own check). */
  lastSeenAt: number | null;
  /** Whether it was last reported silent, so that each change is told once. */
  silent: boolean;
  printer: PrinterStatus | null;
};

type Listed = { id: string; kind: DeviceKind; name: string };

const withoutDetail = ({ detail: _detail, ...status }: PrinterStatus): PrinterStatus => status;

/**
 * The kiosks and wall displays: when each was last heard from and how its printer is. These are
 * live facts, kept in memory rather than in the database; what changes (a printer out of paper,
 * a device gone silent or back) is recorded in the event log and published as `device.changed`,
 * which the manager view shows. Only devices the configuration lists raise events; others are
 * listed as unregistered.
 */
export function createDeviceMonitor(context: EngineContext) {
  const presence = new Map<string, Presence>();
  // A device never heard from counts as last heard at the server's start: after a restart the
  // kiosks and displays get their minute to report before leaders are told they are silent.
  const startedAt = context.clock.now();
  const isSilent = (lastSeenAt: number | null, now: number) => now - (lastSeenAt ?? startedAt) >= silentAfterMs;

  const configured = (): Listed[] => {
    const { kiosks, displays } = context.index().config;
    return [
      ...kiosks.map((kiosk) => ({ id: kiosk.id, kind: 'kiosk' as const, name: kiosk.name })),
      ...displays.map((display) => ({ id: display.id, kind: 'display' as const, name: display.name })),
    ];
  };

  const stateOf = (device: Listed, registered: boolean): DeviceState => {
    const seen = presence.get(device.id);
    const lastSeenAt = seen?.lastSeenAt ?? null;
    return {
      id: device.id,
      kind: device.kind,
      name: device.name,
      registered,
      lastSeenAt: lastSeenAt === null ? null : new Date(lastSeenAt).toISOString(),
      silent: isSilent(lastSeenAt, context.clock.now()),
      printer: seen?.printer ?? null,
    };
  };

  const publish = (device: DeviceState, changes: DeviceChange[]) =>
    context.transaction(() =>
      context.record(
        {
          type: 'device.changed',
          details: { deviceId: device.id, kind: device.kind, changes, silent: device.silent, printerState: device.printer?.state ?? null },
        },
        // The stream is public: the reason a printer is unreachable (its address, a file path) is
        // left for GET /api/devices, which needs a sign-in.
        { type: 'device.changed', data: { device: { ...device, printer: device.printer && withoutDetail(device.printer) }, changes } },
      ),
    );

  /** Marks devices silent whose last heartbeat is too old, and forgets stale unregistered ones. */
  const checkSilence = () => {
    const now = context.clock.now();
    const listed = configured();
    const listedIds = new Set(listed.map((device) => device.id));
    for (const device of listed) {
      const seen = presence.get(device.id);
      if (seen?.silent || !isSilent(seen?.lastSeenAt ?? null, now)) continue;
      if (seen) seen.silent = true;
      else presence.set(device.id, { kind: device.kind, lastSeenAt: null, silent: true, printer: null });
      publish(stateOf(device, true), ['silent']);
    }
    for (const [id, seen] of presence) {
      if (!listedIds.has(id) && (seen.lastSeenAt ?? 0) < now - forgetUnregisteredAfterMs) presence.delete(id);
    }
  };

  const makeRoomForUnregistered = () => {
    const listedIds = new Set(configured().map((device) => device.id));
    const unregistered = [...presence].filter(([id]) => !listedIds.has(id));
    if (unregistered.length < maxUnregistered) return;
    const [oldest] = unregistered.sort(([, a], [, b]) => (a.lastSeenAt ?? 0) - (b.lastSeenAt ?? 0))[0]!;
    presence.delete(oldest);
  };

  return {
    /**
     * A kiosk or display is alive. Refused when the configuration lists the id as the other kind
     * (a display set up with a kiosk's id would hide that kiosk going silent).
     */
    heartbeat(deviceId: string, body: HeartbeatBody): void {
      checkSilence();
      const device = configured().find((candidate) => candidate.id === deviceId);
      if (device && device.kind !== body.kind) {
        const message = `"${deviceId}" is configured as a ${device.kind}, not a ${body.kind}`;
        throw invalidInput(`${message}.`, [{ path: 'kind', message }]);
      }
      const before = presence.get(deviceId);
      if (!device && !before) makeRoomForUnregistered();
      presence.set(deviceId, {
        kind: body.kind,
        lastSeenAt: context.clock.now(),
        silent: false,
        printer: body.printer ?? before?.printer ?? null,
      });
      if (!device) return;
      const changes: DeviceChange[] = [];
      if (!before || before.silent) changes.push('online');
      if (body.printer && body.printer.state !== before?.printer?.state) changes.push('printer');
      if (changes.length > 0) publish(stateOf(device, true), changes);
    },

    /** A configured kiosk's printer as the server itself read it (server-side printing). */
    reportPrinter(kioskId: string, status: PrinterStatus): void {
      const device = configured().find((candidate) => candidate.id === kioskId && candidate.kind === 'kiosk');
      if (!device) return;
      const before = presence.get(kioskId);
      presence.set(kioskId, { kind: 'kiosk', lastSeenAt: before?.lastSeenAt ?? null, silent: before?.silent ?? false, printer: status });
      if (status.state !== before?.printer?.state) publish(stateOf(device, true), ['printer']);
    },

    checkSilence,

    /**
     * Every configured kiosk and display (those not heard from since three minutes after the
     * server's start as silent), then the unregistered ones by id.
     */
    list(): DeviceState[] {
      checkSilence();
      const listed = configured();
      const listedIds = new Set(listed.map((device) => device.id));
      const unregistered = [...presence]
        .filter(([id]) => !listedIds.has(id))
        .map(([id, seen]) => stateOf({ id, kind: seen.kind, name: id }, false))
        .sort((a, b) => a.id.localeCompare(b.id));
      return [...listed.map((device) => stateOf(device, true)), ...unregistered];
    },
  };
}

export type DeviceMonitor = ReturnType<typeof createDeviceMonitor>;
