import { operations } from '@dintur/shared';
import type { KioskPrinting } from '../../printing/kiosk-printing.js';
import { defineRoute } from '../define-route.js';
import type { RouteContext } from './route-context.js';

/** Kiosks' and displays' heartbeats, their state for the manager view, and printing for a browser kiosk. */
export function registerDeviceRoutes(context: RouteContext, printing: KioskPrinting): void {
  const { engine } = context;
  defineRoute(context, operations.deviceHeartbeat, ({ params, body }) => engine.devices.heartbeat(params.deviceId, body));
  defineRoute(context, operations.listDevices, () => engine.devices.list());
  defineRoute(context, operations.printReceipt, ({ params, body }) => printing.print(params.kioskId, body));
}
