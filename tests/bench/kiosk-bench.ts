/**
 * Benchmark phase "tap → printed": from a citizen's tap on a service at the kiosk to the last
 * byte of the receipt arriving at the printer. The kiosk is the built page of /kiosk in headless
 * Chromium at 1080×1920, as a browser kiosk runs it: the tap issues the ticket
 * (`POST /api/tickets`), then the page asks the server to print (`POST /api/kiosks/{id}/print`),
 * and the server asks the printer's status (DLE EOT) and sends the receipt over TCP to a fake
 * network printer on 127.0.0.1 (tests/support/fake-printer.ts), which stamps the last byte.
 *
 * The tap is stamped in the page (Date.now() in a capturing pointerdown listener) and the last
 * byte in Node (Date.now() in the fake printer): both read the same system clock.
 * Loopback only; the page, the server and this process share the machine's two cores.
 */
import type { Centre } from '@dintur/shared';
import { launchChromium } from '../browser/support/chromium.js';
import { KioskPage, requireBuiltKiosk } from '../browser/support/kiosk-page.js';
import { startFakePrinter } from '../support/fake-printer.js';
import { percentile, type Client } from './http-load.js';

export const tapToPrintPlan = { tickets: 30, kioskId: 'reception-1' } as const;

export const tapToPrintRows = [
  { key: 'tapToPrint.p50Ms', label: 'kiosk tap → last byte at printer: p50', unit: 'ms' },
  { key: 'tapToPrint.p99Ms', label: 'kiosk tap → last byte at printer: p99', unit: 'ms' },
  { key: 'tapToPrint.maxMs', label: 'kiosk tap → last byte at printer: max', unit: 'ms' },
];

/** The target: the receipt is out within 300 ms of the tap, on loopback. */
export const tapToPrintTargets = {
  'tapToPrint.p99Ms': { label: '< 300 ms', met: (value: number) => value < 300 },
};

const stampTaps = `document.addEventListener('pointerdown', () => { window.__benchTapAt = Date.now(); }, { capture: true });`;

/**
 * Gives the kiosk a network printer (the fake) through the configuration, opens the kiosk page and
 * takes `tapToPrintPlan.tickets` numbers one after another for services that cannot be done online
 * (so the tap on the service is the last tap before the ticket).
 */
export async function measureTapToPrint(options: {
  url: string;
  client: Client;
  adminToken: string;
  progress: (message: string) => void;
}): Promise<Record<string, number>> {
  requireBuiltKiosk();
  const { tickets, kioskId } = tapToPrintPlan;
  options.progress(`tap → printed: kiosk page at 1080×1920, ${tickets} tickets printed on a fake network printer`);
  const printer = await startFakePrinter({ state: 'ok' });
  const browser = await launchChromium();
  try {
    const exported = await options.client.send('GET', '/api/config', { token: options.adminToken });
    const config = JSON.parse(exported.text) as { kiosks: { id: string; name: string; printer: unknown }[] };
    config.kiosks = [
      ...config.kiosks.filter((kiosk) => kiosk.id !== kioskId),
      { id: kioskId, name: 'Benchmark kiosk', printer: { connection: printer.connection, columns: 42 } },
    ];
    const saved = await options.client.send('PUT', '/api/config', { token: options.adminToken, body: config });
    if (saved.status !== 200) throw new Error(`configuring the kiosk printer failed: ${saved.status} ${saved.text}`);
    const centre = JSON.parse((await options.client.send('GET', '/api/centre')).text) as Centre;
    const services = centre.services.filter((service) => service.selfServiceUrl === null && service.open);
    if (services.length === 0) throw new Error('no open service without a self-service route to take tickets for');

    const kiosk = await KioskPage.open(browser, options.url, { query: { kiosk: kioskId } });
    await kiosk.page.evaluate(stampTaps);
    const delays: number[] = [];
    for (let index = 0; index < tickets; index += 1) {
      const service = services[index % services.length]!;
      await kiosk.takeNumber();
      const job = printer.waitForJob(10_000);
      await kiosk.chooseService(service.id);
      await job;
      const lastByteAt = printer.lastByteWallClock;
      const tapAt = await kiosk.page.evaluate<number>('window.__benchTapAt');
      if (lastByteAt === null) throw new Error('the printer received no bytes');
      delays.push(lastByteAt - tapAt);
      await kiosk.waitForPrintOutcome();
      await kiosk.done();
    }
    await kiosk.close();
    return {
      'tapToPrint.p50Ms': percentile(delays, 50),
      'tapToPrint.p99Ms': percentile(delays, 99),
      'tapToPrint.maxMs': Math.max(...delays),
      'tapToPrint.tickets': delays.length,
    };
  } finally {
    await browser.close();
    await printer.close();
  }
}
