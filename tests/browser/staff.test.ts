/**
 * The staff app in Chromium against the real server: counter work at the counter, by mouse and
 * by keyboard alone. Needs the built app (`npm run build -w @dintur/staff-app`, which `npm test`
 * runs first). Leaders' and admins' pages are in staff-leaders.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { browserSuite } from './support/browser-suite.js';
import { takeNumbers } from './support/counter-desk.js';
import { requireBuiltStaffApp, StaffPage } from './support/staff-page.js';
import { startStableProxy } from './support/stable-proxy.js';

const suite = browserSuite(requireBuiltStaffApp);

async function startCentre(): Promise<TestServer> {
  const server = await startTestServer();
  suite.closeAfterTest(() => server.close());
  return server;
}

/** Creates an account and opens the app for it, signed in and live. */
async function signedIn(server: TestServer, username: string, role: 'staff' | 'manager' | 'admin', unitId: string | null): Promise<StaffPage> {
  await server.createStaff(username, role, unitId);
  const page = await StaffPage.open(suite.browser, server.url);
  suite.closeAfterTest(() => page.close());
  await page.signInAndWait(username, `${username}-password`);
  return page;
}

/** Signs in and sits down at a counter, opened. */
async function atCounter(server: TestServer, username: string, unitId: string, counterName: string): Promise<StaffPage> {
  const page = await signedIn(server, username, 'staff', unitId);
  await page.chooseCounter(counterName);
  await page.openCounter();
  return page;
}

type ServedTicket = { id: number; number: string; history: { type: string; counterId: string | null }[] };

/** The unit headings of the transfer dialog's services, in order. */
async function unitHeadings(desk: StaffPage): Promise<string[]> {
  const headings = await desk.page.getByTestId('transfer-services').locator('.service-unit legend h3').allInnerTexts();
  return headings.map((text) => text.replace(/\s+/g, ' ').trim());
}

async function historyOf(server: TestServer, id: number): Promise<ServedTicket> {
  const answer = await server.request('GET', `/api/tickets/${id}`, { token: server.adminToken });
  expect(answer.status).toBe(200);
  return answer.body as ServedTicket;
}

describe('the counter', { timeout: 60_000 }, () => {
  it('lets two staff at two counters serve one queue: every ticket is called exactly once', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'passport', 8);
    await takeNumbers(server, 'driving-licence', 4);
    const [first, second] = await Promise.all([atCounter(server, 'mette', 'borgerservice', 'Skranke 1'), atCounter(server, 'jonas', 'borgerservice', 'Skranke 2')]);

    /** Presses "next" until nobody waits; each visit is marked arrived, so "next" finishes it as resolved. */
    const serveAll = async (desk: StaffPage) => {
      const called: string[] = [];
      for (;;) {
        const number = await desk.callNext();
        if (number === null) return called;
        called.push(number);
        await desk.start();
      }
    };
    const [calledFirst, calledSecond] = await Promise.all([serveAll(first), serveAll(second)]);

    const all = [...calledFirst, ...calledSecond];
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'C1', 'C2', 'C3', 'C4']);
    expect(calledFirst.length).toBeGreaterThan(0);
    expect(calledSecond.length).toBeGreaterThan(0);

    const tickets = (await server.request('GET', '/api/tickets?status=finished', { token: server.adminToken })).body as { id: number; number: string; outcome: string }[];
    expect(tickets).toHaveLength(12);
    for (const ticket of tickets) {
      expect(ticket.outcome).toBe('resolved');
      const { history } = await historyOf(server, ticket.id);
      expect(history.filter((event) => event.type === 'ticket.called')).toHaveLength(1);
    }
  });

  it('shows a Borgerservice visit transferred to P/O at the P/O counter, with its note, and the P/O counter calls it', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'information', 1);
    await takeNumbers(server, 'pension', 1);
    const reception = await atCounter(server, 'mette', 'borgerservice', 'Skranke 3');
    const pensions = await atCounter(server, 'poul', 'pension-care', 'Skranke 7');
    expect(await pensions.waitingNumbers('housing-benefit')).toEqual([]);

    expect(await reception.callNext()).toBe('G1');
    // Called twice more before the citizen came: the count is of this call, at this counter.
    await reception.action('recall').click();
    await reception.waitUntilSpoken('G 1 er kaldt igen.');
    await reception.action('recall').click();
    await expect.poll(() => reception.page.getByTestId('current-visit').innerText()).toContain('Kaldt igen 2 gange');
    await reception.start();

    // A CPR number in the note is refused before it is sent: the note is stored.
    await reception.action('transfer').click();
    const form = reception.page.getByTestId('transfer-form');
    // The services by unit, under the units' names, one's own unit first.
    expect(await unitHeadings(reception)).toEqual(['Borgerservice din enhed', 'Pension og Omsorg', 'Socialcenter']);
    expect(await form.getByRole('group', { name: 'Pension og Omsorg' }).getByRole('radio').count()).toBe(3);
    await reception.screenshot('counter-transfer-by-unit');
    expect(await reception.accessibilityViolations()).toEqual([]);
    await form.getByRole('radio', { name: 'Boligstøtte', exact: true }).check();
    await form.getByLabel('Note til den næste').fill('CPR 010190-1234');
    await form.getByRole('button', { name: 'Overfør' }).click();
    await expect.poll(() => form.innerText()).toContain('Noten ligner et CPR-nummer.');
    // However it is written: a non-breaking hyphen and fullwidth digits.
    await form.getByLabel('Note til den næste').fill('Borger \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\u20111234');
    await form.getByRole('button', { name: 'Overfør' }).click();
    await expect.poll(() => form.innerText()).toContain('Noten ligner et CPR-nummer.');
    expect(await reception.currentNumber()).toBe('G1');
    await reception.page.keyboard.press('Escape');
    await reception.waitForFocusOn('transfer');

    await reception.transfer({ service: 'Boligstøtte', placement: 'front', note: 'Søger boligstøtte, har lejekontrakten med.', person: 'poul – sidder ved Skranke 7' });
    // Confirmed on screen and to screen readers, with where it went.
    await reception.waitUntilSpoken('G 1 er overført til Boligstøtte. Forrest i køen, til poul.');
    expect(await reception.page.getByTestId('action-notice').innerText()).toContain('G1 er overført til Boligstøtte. Forrest i køen, til poul.');
    await reception.screenshot('counter-transferred-notice');

    await expect.poll(() => pensions.waitingNumbers('housing-benefit'), { timeout: 5_000 }).toEqual(['G1']);
    const row = pensions.queueSection('housing-benefit').locator('li[data-number="G1"]');
    await expect.poll(() => row.innerText()).toMatch(/Overført[\s\S]*Note[\s\S]*Til poul/);

    const reserved = (await server.request('GET', '/api/tickets?status=waiting', { token: server.adminToken })).body as { number: string; targetStaffId: number | null }[];
    const poul = (await server.request('GET', '/api/staff', { token: server.adminToken })).body as { id: number; username: string }[];
    expect(reserved.find((ticket) => ticket.number === 'G1')?.targetStaffId).toBe(poul.find((person) => person.username === 'poul')?.id);

    expect(await pensions.callNext()).toBe('G1');
    const visit = pensions.page.getByTestId('current-visit');
    expect(await visit.getByTestId('visit-service').innerText()).toBe('Boligstøtte');
    expect(await visit.getByTestId('transfer-note').innerText()).toContain('Søger boligstøtte, har lejekontrakten med.');
    expect(await visit.innerText()).toContain('Overført fra Generel information');
    // The recalls at Borgerservice are not P/O's: nothing says "called again" here.
    expect(await visit.innerText()).not.toContain('Kaldt igen');
    await pensions.waitUntilSpoken('Note: Søger boligstøtte, har lejekontrakten med.');
    await pensions.screenshot('counter-called-with-note');
    expect(await pensions.accessibilityViolations()).toEqual([]);

    // At P/O, P/O's services come first.
    await pensions.start();
    await pensions.action('transfer').click();
    expect(await unitHeadings(pensions)).toEqual(['Pension og Omsorg din enhed', 'Borgerservice', 'Socialcenter']);
    await pensions.page.keyboard.press('Escape');
  });

  it('never gives a Borgerservice employee covering at a P/O counter an authority-only P/O ticket', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'pension', 2);
    await takeNumbers(server, 'home-help', 1);
    await takeNumbers(server, 'housing-benefit', 1);
    const cover = await atCounter(server, 'mette', 'borgerservice', 'Skranke 7');

    // Pension and home help are the P/O office's own decisions: named, not offered.
    await expect.poll(() => cover.waitingNumbers('housing-benefit')).toEqual(['H1']);
    expect(await cover.waitingNumbers('pension')).toEqual([]);
    expect(await cover.waitingNumbers('home-help')).toEqual([]);
    expect(await cover.queueSection('pension').innerText()).toContain('2 venter');
    expect(await cover.queueSection('pension').innerText()).toContain('Du må ikke betjene denne ydelse');
    expect(await cover.queueSection('pension').locator('button').count()).toBe(0);
    await cover.screenshot('counter-covering-other-unit');
    expect(await cover.accessibilityViolations()).toEqual([]);

    expect(await cover.callNext()).toBe('H1');
    await cover.start();
    expect(await cover.callNext()).toBeNull();
    await cover.waitUntilSpoken('Ingen venter, som du kan betjene.');

    const waiting = (await server.request('GET', '/api/tickets?status=waiting', { token: server.adminToken })).body as { number: string }[];
    expect(waiting.map((ticket) => ticket.number).sort()).toEqual(['J1', 'P1', 'P2']);
    const pensions = await atCounter(server, 'poul', 'pension-care', 'Skranke 8');
    expect(await pensions.callNext()).toMatch(/^(J1|P1)$/);
  });

  it('serves a whole visit with the keyboard alone, focus always on the next action and every step spoken', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'health-card', 1);
    await server.createStaff('mette', 'staff', 'borgerservice');
    const desk = await StaffPage.open(suite.browser, server.url);
    suite.closeAfterTest(() => desk.close());
    const keys = desk.page.keyboard;

    // Sign in: focus starts in the username field.
    await desk.page.getByLabel('Brugernavn').waitFor();
    expect((await desk.focused()).tag).toBe('input');
    await keys.type('mette');
    await keys.press('Tab');
    await keys.type('mette-password');
    await keys.press('Enter');

    // Choose the counter: focus is on the first counter of one's own unit; Skranke 3 is two on.
    await desk.page.locator('.counter-choice').first().waitFor();
    expect((await desk.focused()).text).toContain('Skranke 1');
    await keys.press('Tab');
    await keys.press('Tab');
    expect((await desk.focused()).text).toContain('Skranke 3');
    await keys.press('Enter');
    await desk.workspace.waitFor();
    await desk.waitUntilOnline();

    // Open the counter: focus is on "Åbn skranke"; Enter opens it and focus moves to "Kald næste".
    await desk.waitForFocusOn('toggleOpen');
    await keys.press('Enter');
    await desk.waitUntilSpoken('Skranke 3 er åben.');
    await desk.waitForFocusOn('callNext');

    // N calls the next citizen; focus moves to "Borger ankommet".
    await keys.press('n');
    await desk.waitForCurrent('D1', 'called');
    await desk.waitUntilSpoken('Kaldt D 1, Sundhedskort og lægevalg.');
    await desk.waitForFocusOn('start');

    // G calls again; focus stays on "Borger ankommet", and Enter presses it.
    await keys.press('g');
    await desk.waitUntilSpoken('D 1 er kaldt igen.');
    await desk.waitForFocusOn('start');
    await keys.press('Enter');
    await desk.waitForCurrent('D1', 'serving');
    await desk.waitUntilSpoken('D 1 er ankommet.');
    await desk.waitForFocusOn('finish');

    // Finish: Enter opens the dialog with focus on the first outcome; 3 chooses "needs an appointment".
    await keys.press('Enter');
    await desk.dialog.waitFor();
    expect((await desk.focused()).text).toContain('Løst ved første kontakt');
    await keys.press('3');
    await desk.waitForCurrent(null);
    await desk.waitUntilSpoken('D 1 er afsluttet: Kræver en tid.');
    await desk.waitForFocusOn('callNext');

    // Nobody else waits: N says so, focus stays.
    await keys.press('n');
    await desk.waitUntilSpoken('Ingen venter, som du kan betjene.');
    await desk.waitForFocusOn('callNext');

    // Alt+Shift+P works even where a screen reader would take the letter: the pause dialog.
    await keys.press('Alt+Shift+KeyP');
    await desk.dialog.waitFor();
    await keys.press('2');
    await desk.waitUntilSpoken('Pause: Frokost.');
    expect(await desk.counterStatus()).toBe('paused');
    await desk.waitForFocusOn('pause');
    await keys.press('Enter');
    await desk.waitUntilSpoken('Pausen er slut.');
    await desk.waitForFocusOn('callNext');

    // A reason of one's own holding a CPR number (however written) is refused at its field:
    // the reason is shown on the centre's screens and kept in its log.
    await keys.press('Alt+Shift+KeyP');
    await desk.dialog.waitFor();
    await desk.dialog.getByLabel('Anden årsag').fill('Ringer til 06.06.06\u20111234');
    await keys.press('Enter');
    await expect.poll(() => desk.dialog.locator('#pause-other-error').innerText()).toContain('Årsagen ligner et CPR-nummer.');
    expect(await desk.dialog.getByLabel('Anden årsag').getAttribute('aria-invalid')).toBe('true');
    expect(await desk.counterStatus()).toBe('open');
    await keys.press('Escape');
    await desk.waitForFocusOn('pause');

    const finished = (await server.request('GET', '/api/tickets?status=finished', { token: server.adminToken })).body as { number: string; outcome: string; recallCount: number }[];
    expect(finished).toMatchObject([{ number: 'D1', outcome: 'needs-appointment', recallCount: 1 }]);
  });

  it('remembers the counter on this PC, marks a no-show, calls a ticket out of order, and closes the counter', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'moving', 3);
    const desk = await atCounter(server, 'mette', 'borgerservice', 'Skranke 4');
    expect(await desk.callNext()).toBe('E1');
    await desk.noShow();
    await desk.waitUntilSpoken('E 1 er markeret som udeblevet.');
    await desk.waitForFocusOn('callNext');

    await expect.poll(() => desk.waitingNumbers('moving')).toEqual(['E2', 'E3']);
    await desk.callOutOfOrder('E3');
    expect(await desk.waitingNumbers('moving')).toEqual(['E2']);
    await desk.start();

    // A reload (or tomorrow) comes back to the same counter, still open, with the visit.
    await desk.page.reload();
    await desk.workspace.waitFor();
    expect(await desk.page.locator('h1').innerText()).toContain('Skranke 4');
    await desk.waitForCurrent('E3', 'serving');

    // Finished and closed for the day: the counter is closed on the server too.
    await desk.finish('self-service');
    await desk.waitForFocusOn('callNext');
    await desk.page.keyboard.press('s');
    await desk.waitUntilSpoken('Skranke 4 er lukket.');
    expect(await desk.counterStatus()).toBe('closed');
    const centre = (await server.request('GET', '/api/centre')).body as { counters: { id: string; status: string }[] };
    expect(centre.counters.find((counter) => counter.id === 'bs-4')?.status).toBe('closed');
    const noShows = (await server.request('GET', '/api/tickets?status=no-show', { token: server.adminToken })).body as { number: string }[];
    expect(noShows.map((ticket) => ticket.number)).toEqual(['E1']);
  });

  it('says in Danish why an action is refused, and tells a wrong password', async () => {
    const server = await startCentre();
    await server.createStaff('mette', 'staff', 'borgerservice');
    await server.createStaff('jonas', 'staff', 'borgerservice');
    const desk = await StaffPage.open(suite.browser, server.url);
    suite.closeAfterTest(() => desk.close());
    await desk.signIn('mette', 'wrong-password');
    // The one map's Danish sentence, and nothing of the server's English.
    await expect.poll(() => desk.page.getByTestId('error-text').innerText()).toBe('Forkert brugernavn eller adgangskode.');
    expect(await desk.page.locator('main').innerText()).not.toMatch(/Serverens besked|Wrong username|password\./);
    await desk.signInAndWait('mette', 'mette-password');
    await desk.chooseCounter('Skranke 5');

    // Jonas sits down at Skranke 5 from his own PC first.
    const jonas = await server.login('jonas', 'jonas-password');
    expect((await server.request('POST', '/api/counters/bs-5/open', { token: jonas })).status).toBe(200);
    await expect.poll(() => desk.page.locator('.hint').innerText()).toContain('Skranke 5 er optaget af jonas');
    await desk.waitUntilSpoken('Skranke 5 er optaget af jonas.');
    expect(await desk.action('toggleOpen').isDisabled()).toBe(true);
    await desk.page.keyboard.press('n');
    await desk.waitUntilSpoken('Kald næste er ikke muligt nu.');
  });

  it('says when the connection to the server is lost, and catches up when it is back', async () => {
    const server = await startCentre();
    const proxy = await startStableProxy(server.url);
    suite.closeAfterTest(() => proxy.close());
    await server.createStaff('mette', 'staff', 'borgerservice');
    const desk = await StaffPage.open(suite.browser, proxy.url);
    suite.closeAfterTest(() => desk.close());
    await desk.signInAndWait('mette', 'mette-password');
    await desk.chooseCounter('Skranke 3');
    await desk.openCounter();

    proxy.offline();
    await desk.page.getByTestId('offline-banner').waitFor({ timeout: 5_000 });
    await expect.poll(() => desk.page.getByTestId('announcer-assertive').textContent()).toContain('Forbindelsen til serveren er afbrudt');
    await takeNumbers(server, 'moving', 1);

    proxy.online();
    await desk.waitUntilOnline(15_000);
    await desk.waitUntilSpoken('Forbindelsen er tilbage.');
    expect(await desk.page.getByTestId('offline-banner').count()).toBe(0);
    await expect.poll(() => desk.waitingNumbers('moving')).toEqual(['E1']);
  });
});

describe('actions that record an outcome, made safe', { timeout: 60_000 }, () => {
  it('takes a no-show on one stray key back with Fortryd (Z) within 10 seconds: shown, said, and logged', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'moving', 2);
    const desk = await atCounter(server, 'mette', 'borgerservice', 'Skranke 4');
    expect(await desk.callNext()).toBe('E1');
    await desk.page.keyboard.press('u');
    await desk.waitForCurrent(null);
    await desk.waitUntilSpoken('E 1 er markeret som udeblevet. Fortryd med Z inden for 10 sekunder.');
    const notice = desk.page.getByTestId('action-notice');
    expect(await notice.innerText()).toContain('E1 er markeret som udeblevet.');
    expect(await desk.action('undo').innerText()).toContain('Fortryd udeblevet for E1');
    expect(Number((await notice.getByTestId('undo-countdown').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
    // Focus is on the next likely action, not on the undo: Enter calls the next as before.
    await desk.waitForFocusOn('callNext');
    await desk.screenshot('counter-undo-no-show');
    expect(await desk.accessibilityViolations()).toEqual([]);

    await desk.page.keyboard.press('z');
    await desk.waitForCurrent('E1', 'called');
    await desk.waitUntilSpoken('Udeblevet er fortrudt: E 1 er kaldt til skranken igen.');
    await desk.waitForFocusOn('start');
    expect(await desk.action('undo').count()).toBe(0);
    const [ticket] = (await server.request('GET', '/api/tickets?status=called', { token: server.adminToken })).body as { id: number }[];
    const { history } = await historyOf(server, ticket!.id);
    expect(history.map((event) => event.type).slice(-2)).toEqual(['ticket.no-show', 'ticket.undone']);

    // Any other action ends the offer: once the citizen is marked arrived there is nothing to take back.
    await desk.start();
    await desk.page.keyboard.press('z');
    await desk.waitUntilSpoken('Fortryd er ikke muligt nu. Der er intet at fortryde.');
  });

  it('asks for the outcome before "next" finishes a visit being served; Esc changes nothing; a finish can be taken back', async () => {
    const server = await startCentre();
    await takeNumbers(server, 'moving', 3);
    const desk = await atCounter(server, 'mette', 'borgerservice', 'Skranke 4');
    expect(await desk.callNext()).toBe('E1');
    await desk.start();
    expect(await desk.action('callNext').innerText()).toContain('Afslut og kald næste');

    // A stray N: a question, not an outcome. Esc leaves the visit as it was.
    await desk.page.keyboard.press('n');
    await desk.dialog.waitFor();
    expect(await desk.dialog.locator('h2').innerText()).toBe('Afslut E1 og kald næste');
    expect((await desk.focused()).text).toContain('Løst ved første kontakt');
    await desk.screenshot('counter-finish-then-next');
    expect(await desk.accessibilityViolations()).toEqual([]);
    await desk.page.keyboard.press('Escape');
    await desk.waitForFocusOn('callNext');
    expect(await desk.currentStatus()).toBe('serving');
    const serving = (await server.request('GET', '/api/tickets?status=serving', { token: server.adminToken })).body as { number: string }[];
    expect(serving.map((ticket) => ticket.number)).toEqual(['E1']);

    // N, then 3: finished as needing an appointment, and the next one called.
    await desk.page.keyboard.press('n');
    await desk.dialog.waitFor();
    await desk.page.keyboard.press('3');
    await desk.waitForCurrent('E2', 'called');
    await desk.waitUntilSpoken('E 1 er afsluttet: Kræver en tid. Kaldt E 2');
    expect(await desk.page.getByTestId('action-notice').innerText()).toContain('E1 er afsluttet: Kræver en tid. E2 er kaldt.');
    // The call cannot be taken back (it was announced in the waiting room), so no Fortryd.
    expect(await desk.action('undo').count()).toBe(0);

    // Finishing through the dialog can be taken back: the visit is served again and finished anew.
    await desk.start();
    await desk.finish('referred');
    await desk.waitUntilSpoken('E 2 er afsluttet: Henvist til anden enhed. Fortryd med Z inden for 10 sekunder.');
    await desk.action('undo').click();
    await desk.waitForCurrent('E2', 'serving');
    await desk.waitUntilSpoken('Afslutningen er fortrudt: E 2 er ved skranken igen.');
    await desk.waitForFocusOn('finish');
    await desk.finish('resolved');

    const finished = (await server.request('GET', '/api/tickets?status=finished', { token: server.adminToken })).body as { number: string; outcome: string }[];
    expect(finished.map(({ number, outcome }) => ({ number, outcome }))).toEqual([
      { number: 'E1', outcome: 'needs-appointment' },
      { number: 'E2', outcome: 'resolved' },
    ]);
  });

  it('says how long a checked-in appointment has waited since its check-in, and whether its time was kept', async () => {
    const server = await startCentre();
    const slots = (await server.request('GET', '/api/services/passport/slots?date=2026-11-24')).body as { start: string; available: number }[];
    const slot = slots.find((candidate) => Date.parse(candidate.start) >= Date.parse('2026-11-24T10:12:00Z') && candidate.available > 0)!;
    const booked = await server.request('POST', '/api/appointments', { body: { serviceId: 'passport', start: slot.start, name: 'Anna Hansen', phone: '+45 12 34 56 78' } });
    expect(booked.status).toBe(201);
    // Checked in at 11:00, early; called when the booked time comes.
    expect((await server.request('POST', `/api/appointments/${booked.body.code}/check-in`, { body: { lang: 'da' } })).status).toBe(201);
    const desk = await atCounter(server, 'mette', 'borgerservice', 'Skranke 1');
    server.clock.set(Date.parse(slot.start));
    const minutes = Math.round((Date.parse(slot.start) - Date.parse('2026-11-24T10:00:00Z')) / 60_000);
    expect(await desk.callNext()).toMatch(/^A\d+$/);
    const visit = desk.page.getByTestId('current-visit');
    expect(await visit.getByTestId('visit-waited').innerText()).toBe(`${minutes} min siden tjek-ind kl. 11:00`);
    expect(await visit.getByTestId('visit-appointment').innerText()).toContain('kaldt til tiden');
    await desk.waitUntilSpoken(`Har ventet ${minutes} minutter.`);
    await desk.screenshot('counter-appointment-waited');
  });

  it('confirms a move to another counter: where one sits now, and that one was signed out of the other', async () => {
    const server = await startCentre();
    const desk = await atCounter(server, 'mette', 'borgerservice', 'Skranke 3');
    await desk.page.keyboard.press('v');
    await desk.chooseCounter('Skranke 4');
    await desk.openCounter();
    await desk.waitUntilSpoken('Du sidder nu ved Skranke 4 og er logget ud af Skranke 3.');
    expect(await desk.page.getByTestId('action-notice').innerText()).toContain('Du sidder nu ved Skranke 4 og er logget ud af Skranke 3.');
    const centre = (await server.request('GET', '/api/centre')).body as { counters: { id: string; status: string }[] };
    expect(centre.counters.filter((counter) => counter.status !== 'closed').map((counter) => counter.id)).toEqual(['bs-4']);
  });
});
