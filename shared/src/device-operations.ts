import { z } from 'zod';
import { DeviceIdParams, DeviceState, HeartbeatBody, KioskIdParams, KioskPrintBody, PrintOutcome } from './device-schemas.js';
import type { Operation } from './operations.js';

/** Kiosks' and displays' heartbeats, their state for the manager view, and server-side receipt printing. */
export const deviceOperations = {
  deviceHeartbeat: {
    method: 'post',
    path: '/api/devices/{deviceId}/heartbeat',
    summary: 'A kiosk or display is alive (every minute), with its printer’s status',
    access: 'public',
    params: DeviceIdParams,
    body: HeartbeatBody,
    status: 204,
  },
  listDevices: {
    method: 'get',
    path: '/api/devices',
    summary: 'Kiosks and displays: last seen, gone silent, printer status',
    access: ['manager', 'admin'],
    status: 200,
    response: z.array(DeviceState),
  },
  printReceipt: {
    method: 'post',
    path: '/api/kiosks/{kioskId}/print',
    summary: 'Print a ticket’s receipt on the kiosk’s configured printer (for a kiosk page in a plain browser)',
    access: 'public',
    params: KioskIdParams,
    body: KioskPrintBody,
    status: 200,
    response: PrintOutcome,
  },
} as const satisfies Record<string, Operation>;
