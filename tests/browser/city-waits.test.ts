/**
 * The city hub's waits page (`/waits`) on a citizen's phone, in Chromium against the real hub
 * (`startHub` of @dintur/city, embedded PostgreSQL): centres send their live status as centres do
 * (`PUT /api/centres/{id}/status` with their key), and the page says where a service is quickest.
 * Checked with axe-core on every screen, photographed at 390×844 in Danish and English
 * (/tmp/shots/city/). Needs the built pages (`npm run build -w @dintur/city-web`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { browserSuite } from './support/browser-suite.js';
import { startBrowserHub, statusOf, type BrowserHub } from './support/city-hub.js';
import { CityWaitsPage } from './support/city-waits-page.js';

const builtIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../city-web/dist/index.html');

const suite = browserSuite(() => {
  if (!existsSync(builtIndex)) throw new Error(`The hub's pages are not built (${builtIndex}): run "npm run build -w @dintur/city-web" first.`);
});

async function hubWithCentres(): Promise<BrowserHub & { keys: Record<string, string> }> {
  const hub = await startBrowserHub();
  suite.closeAfterTest(() => hub.close());
  // The hub's clock stands at yesterday's noon in Copenhagen (11:00 UTC is 12:00 or 13:00 there),
  // so news from ten minutes ago is from the hub's today and the page names only its time, whenever
  // the test runs, and the hub's clock is 13 hours or more behind the phone's.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  hub.clock.offsetMs = Date.parse(`${yesterday}T11:00:00Z`) - Date.now();
  const keys: Record<string, string> = {};
  const centres: [string, string][] = [
    ['valby', 'Borgercenter Valby'],
    ['norrebro', 'Borgerservice Nørrebro'],
    ['vesterbro', 'Borgerservice Vesterbro'],
    ['amager', 'Borgerservice Amager'],
    ['osterbro', 'Borgerservice Østerbro'],
  ];
  for (const [id, name] of centres) {
    keys[id] = await hub.register(id, name);
  }
  return { ...hub, keys };
}

/** Five centres offering passports: one quick, one slow, one where no counter serves it now, one whose news is ten minutes old, one closed for it. */
async function sendStatuses(hub: BrowserHub & { keys: Record<string, string> }): Promise<void> {
  const now = hub.clock.now();
  await hub.putStatus('valby', hub.keys.valby!, statusOf('Borgercenter Valby', now, { passport: { waiting: 9, estimate: 25 }, moving: { waiting: 2, estimate: 4 }, pension: { waiting: 1, estimate: 6 } }, { ageMs: 12_000 }));
  await hub.putStatus('norrebro', hub.keys.norrebro!, statusOf('Borgerservice Nørrebro', now, { passport: { waiting: 3, estimate: 8 }, moving: { waiting: 0, estimate: 0 } }, { ageMs: 3_000 }));
  await hub.putStatus('vesterbro', hub.keys.vesterbro!, statusOf('Borgerservice Vesterbro', now, { passport: { waiting: 1, estimate: 2 } }, { ageMs: 10 * 60_000 }));
  await hub.putStatus('amager', hub.keys.amager!, statusOf('Borgerservice Amager', now, { passport: { waiting: 0, estimate: 0, open: false }, moving: { waiting: 4, estimate: 12 } }));
  // Open, current figures, people waiting, but no counter that serves passports is open: no estimate.
  await hub.putStatus('osterbro', hub.keys.osterbro!, statusOf('Borgerservice Østerbro', now, { passport: { waiting: 4, estimate: null } }, { ageMs: 1_000 }));
}

async function open(hub: BrowserHub, pagePath: string, options: { locale?: string; timezoneId?: string } = {}): Promise<CityWaitsPage> {
  const page = await CityWaitsPage.open(suite.browser, hub.url, pagePath, options);
  suite.closeAfterTest(() => page.close());
  return page;
}

/** Every screen passes axe (WCAG A–AAA and best practice), fits the phone and has targets of 44 px or more. */
async function expectAccessible(page: CityWaitsPage, screen: string): Promise<void> {
  expect(await page.accessibilityViolations(), screen).toEqual([]);
  expect(await page.overflowsSideways(), `${screen} scrolls sideways`).toBe(false);
  expect(await page.smallTargets(), `${screen} has small targets`).toEqual([]);
}

/** The seconds of "opdateret for 12 s siden". */
function secondsAgo(freshness: string): number {
  const match = /^opdateret for (\d+) s siden$/.exec(freshness);
  if (!match) throw new Error(`Not a fresh figure: "${freshness}"`);
  return Number(match[1]);
}

/** "10:02" of an instant in Copenhagen. */
const copenhagenClock = (at: number) => new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at).replace('.', ':');

describe('where a service is quickest, on a phone', { timeout: 60_000 }, () => {
  it('lists every service of the city once, then the centres offering one quickest first, old news after and closed ones last', async () => {
    const hub = await hubWithCentres();
    await sendStatuses(hub);
    const page = await open(hub, '/waits');
    await page.waitForHeading('Hvor kan jeg blive betjent hurtigst?');
    expect(await page.services()).toEqual([
      { id: 'moving', name: 'Flytning', detail: 'Kortest: Ingen ventetid' },
      { id: 'pension', name: 'Folkepension', detail: 'Kortest: ca. 10 min' },
      { id: 'passport', name: 'Pas', detail: 'Kortest: ca. 10 min' },
    ]);
    await expectAccessible(page, 'services');
    await page.screenshot('waits-1-services-da-390');

    await page.chooseServiceByKeyboard('Pas');
    // The chosen service's heading takes focus, so a screen reader starts reading there.
    expect(await page.focused()).toBe('h2: Pas');
    const centres = await page.centres();
    expect(centres.map((centre) => [centre.id, centre.state, centre.quickest])).toEqual([
      ['norrebro', 'open', true],
      ['valby', 'open', false],
      ['osterbro', 'open', false],
      ['vesterbro', 'stale', false],
      ['amager', 'closed', false],
    ]);
    // The estimates in the words and rounding of the centres' own kiosks and displays.
    expect(centres[0]).toMatchObject({ name: 'Borgerservice Nørrebro', estimate: 'Ventetid ca. 10 min', waiting: '3 venter' });
    expect(centres[1]).toMatchObject({ estimate: 'Ventetid ca. 25 min' });
    expect(centres[2]).toMatchObject({ name: 'Borgerservice Østerbro', estimate: 'Ingen skranke er åben for Pas lige nu', waiting: '4 venter' });
    // Sent 3 and 12 seconds before the page opened, by the hub's clock.
    expect(secondsAgo(centres[0]!.freshness)).toBeGreaterThanOrEqual(3);
    expect(secondsAgo(centres[1]!.freshness)).toBeGreaterThanOrEqual(12);
    expect(secondsAgo(centres[1]!.freshness)).toBeLessThan(60);
    const staleSince = copenhagenClock(hub.clock.now() - 10 * 60_000);
    expect(centres[3]).toMatchObject({ estimate: 'Sidst kendte tal: Ventetid under 5 min', freshness: `ingen nyt fra centret siden ${staleSince}` });
    expect(centres[4]).toMatchObject({ name: 'Borgerservice Amager', estimate: 'Lukket nu' });
    expect(await page.announcements()).toEqual(['Hurtigst nu: Borgerservice Nørrebro, ca. 10 min.']);
    await expectAccessible(page, 'centres');
    await page.screenshot('waits-2-passport-da-390');

    await page.chooseAnotherService();
    expect((await page.services()).map((service) => service.id)).toEqual(['moving', 'pension', 'passport']);
  });

  it('speaks English with ?lang=en, and the switch changes the language without losing the service', async () => {
    const hub = await hubWithCentres();
    await sendStatuses(hub);
    const page = await open(hub, '/waits?service=passport&lang=en');
    await page.waitForHeading('Where can I be served quickest?');
    expect(await page.page.getAttribute('html', 'lang')).toBe('en');
    const centres = await page.centres();
    expect(centres[0]).toMatchObject({ id: 'norrebro', estimate: 'Wait about 10 min', waiting: '3 people waiting' });
    expect(centres[2]).toMatchObject({ id: 'osterbro', estimate: 'No counter is open for Passport right now' });
    expect(centres[3]!.freshness).toBe(`no news from the centre since ${copenhagenClock(hub.clock.now() - 10 * 60_000)}`);
    expect(centres[4]!.estimate).toBe('Closed now');
    await expectAccessible(page, 'centres in English');
    await page.screenshot('waits-3-passport-en-390');

    await page.switchLanguage();
    await page.waitForHeading('Hvor kan jeg blive betjent hurtigst?');
    expect(await page.page.getAttribute('html', 'lang')).toBe('da');
    expect(new URL(page.page.url()).search).toBe('?service=passport');
    expect((await page.centres())[0]!.estimate).toBe('Ventetid ca. 10 min');

    await page.switchLanguage();
    await page.chooseAnotherService();
    expect((await page.services()).map((service) => service.name)).toEqual(['Change of address', 'Passport', 'State pension']);
    await expectAccessible(page, 'services in English');
    await page.screenshot('waits-4-services-en-390');
  });

  it('judges freshness by the hub’s clock, not the phone’s, and says in Copenhagen time since when a silent centre has said nothing', async () => {
    const hub = await hubWithCentres();
    // The hub's clock runs 13 hours or more behind the phone's (see hubWithCentres). Figures 3
    // seconds old by the hub's clock are fresh; by the phone's they would be half a day old.
    await sendStatuses(hub);
    // A phone set to another time zone still reads Copenhagen's clock.
    const page = await open(hub, '/waits?service=passport', { timezoneId: 'America/New_York' });
    await page.page.locator('.centre-card').first().waitFor();
    const centres = await page.centres();
    expect(secondsAgo(centres[0]!.freshness)).toBeLessThan(60);
    expect(centres.map((centre) => centre.state)).toEqual(['open', 'open', 'open', 'stale', 'closed']);
    expect(centres[3]!.freshness).toBe(`ingen nyt fra centret siden ${copenhagenClock(hub.clock.now() - 10 * 60_000)}`);
  });

  it('follows the centres every five seconds, and says so only when another centre becomes the quickest', async () => {
    const hub = await hubWithCentres();
    await sendStatuses(hub);
    const page = await open(hub, '/waits?service=passport');
    await page.waitForQuickest('norrebro');
    expect(await page.liveRegion()).toEqual({ role: 'status', live: 'polite' });

    // A queue that grows at the quickest centre moves the figures, not the screen reader.
    await hub.putStatus('norrebro', hub.keys.norrebro!, statusOf('Borgerservice Nørrebro', hub.clock.now(), { passport: { waiting: 5, estimate: 11 } }));
    await page.waitForCentreText('norrebro', 'Ventetid ca. 15 min');
    expect(await page.announcements()).toEqual(['Hurtigst nu: Borgerservice Nørrebro, ca. 10 min.']);

    // Valby's queue empties: it is the quickest now, and that is said once.
    await hub.putStatus('valby', hub.keys.valby!, statusOf('Borgercenter Valby', hub.clock.now(), { passport: { waiting: 1, estimate: 3 } }));
    await page.waitForQuickest('valby');
    await page.page.waitForTimeout(5_500);
    expect(await page.announcements()).toEqual(['Hurtigst nu: Borgerservice Nørrebro, ca. 10 min.', 'Hurtigst nu: Borgercenter Valby, under 5 min.']);
  });

  it('keeps showing the last figures when the hub cannot be reached, says so, and goes on when it can again', async () => {
    const hub = await hubWithCentres();
    await sendStatuses(hub);
    const page = await open(hub, '/waits?service=passport');
    await page.waitForQuickest('norrebro');
    await page.page.route('**/api/city/waits', (route) => route.abort('internetdisconnected'));
    await page.page.getByTestId('live-lost').waitFor({ timeout: 12_000 });
    expect(await page.liveLostNotice()).toBe('Vi kan ikke hente nye tal lige nu. Tallene herunder kan være gamle – vi prøver igen.');
    expect((await page.centres()).map((centre) => centre.id)).toEqual(['norrebro', 'valby', 'osterbro', 'vesterbro', 'amager']);
    await expectAccessible(page, 'hub unreachable');
    await page.screenshot('waits-5-unreachable-da-390');

    await page.page.unroute('**/api/city/waits');
    await page.page.getByTestId('live-lost').waitFor({ state: 'detached', timeout: 12_000 });
    expect((await page.announcements()).slice(-2)).toEqual([
      'Vi kan ikke hente nye tal lige nu. Tallene herunder kan være gamle – vi prøver igen.',
      'Tallene er opdateret igen.',
    ]);
  });
});
