/**
 * Phase "booking": booking at any centre, at the hub (city/src/services/booking/).
 *
 * A fresh hub; 8 centres registered and given their configuration as a linked centre gives it
 * (`POST /api/centres/{id}/events` with its key: a `config.changed` event after its cursor and the
 * document): the demo centre under another name each, whose seven bookable services take
 * appointments 08:00–20:00 every day, 60 days ahead. A ninth centre is kept for the rush.
 *
 *   1. Sustained rate: the free places of the next 31 days are read through the booking desk's
 *      `GET /api/city/slots` (so every request books a real free place), taken round-robin over
 *      the centres, shuffled over services and times, and booked with `POST /api/city/appointments`
 *      at a steady offered rate for 30 s, open loop (each request at its time whatever the answers
 *      so far; latency counted from that time, so a queue in the client counts), over keep-alive
 *      connections. Achieved rate: 201s over the time from the first request to the last answer.
 *   2. The morning the slots open: one day's first slots of one service at the rush centre whose
 *      places sum to exactly 50. 2,000 citizens, each from its own source address (127.20.y.z, a
 *      connection of its own), arrive within 10 s, front-loaded (arrival = 10 s × u², u uniform:
 *      a tenth of them in the first 100 ms, a third in the first second). Each taps one of those
 *      slots at random; on a 409 slot-full it reads fresh times (`GET …/slots`, as the booking
 *      page does) and taps a free one of the range, at most 3 bookings tried, and stops when the
 *      range shows none free. Checked: exactly 50 bookings, from the answers, the slots' places
 *      through the API, and the database.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { demoConfig } from '@dintur/server';
import { CentreConfig, type CentreConfigInput, type CityServiceDaySlots, type CitySlot } from '@dintur/shared';
import { RandomStream } from '@dintur/server/simulation';
import { createClient, percentile, type Answer, type Client } from '../http-load.js';
import type { BenchContext } from './context.js';
import { postgresCpuMs, sleep, sql, type Hub } from './processes.js';
import { resetStatementTimes, statementTimes, type StatementTime } from './sql-time.js';

export const bookingPlan = {
  centres: 8,
  /** Days of free places read for the sustained load (the desk's query takes at most 31). */
  days: 31,
  /** Offered bookings a second (DINTUR_BENCH_BOOKING_RATE: another, to find where the hub saturates). */
  perSecond: Number(process.env.DINTUR_BENCH_BOOKING_RATE ?? 220),
  seconds: 30,
  warmUpSeconds: 3,
  warmUpPerSecond: 50,
  connections: 32,
  rush: { citizens: 2_000, places: 50, seconds: 10, tries: 3, serviceId: 'passport', daysAhead: 14 },
} as const;

export const bookingRows = [
  { key: 'booking.offeredPerSecond', label: 'booking: offered, open loop', unit: 'requests/s' },
  { key: 'booking.bookingsPerSecond', label: 'booking: achieved (201s)', unit: 'bookings/s' },
  { key: 'booking.p50Ms', label: 'booking: POST /api/city/appointments, p50', unit: 'ms' },
  { key: 'booking.p99Ms', label: 'booking: POST /api/city/appointments, p99', unit: 'ms' },
  { key: 'booking.status5xx', label: 'booking: 5xx answers', unit: 'requests' },
  { key: 'booking.status409', label: 'booking: 409 answers', unit: 'requests' },
  { key: 'booking.failures', label: 'booking: no answer (timeout, reset)', unit: 'requests' },
  { key: 'booking.hubCpuMsPerBooking', label: 'booking: hub CPU per booking', unit: 'ms' },
  { key: 'booking.postgresCpuMsPerBooking', label: 'booking: PostgreSQL CPU per booking', unit: 'ms' },
  { key: 'booking.rushBooked', label: 'rush: 2,000 citizens for 50 places, booked (201s)', unit: 'bookings' },
  { key: 'booking.rushHeld', label: 'rush: places held afterwards (API and database)', unit: 'bookings' },
  { key: 'booking.rush5xx', label: 'rush: 5xx answers', unit: 'requests' },
  { key: 'booking.rushP50Ms', label: 'rush: POST /api/city/appointments, p50', unit: 'ms' },
  { key: 'booking.rushP99Ms', label: 'rush: POST /api/city/appointments, p99', unit: 'ms' },
  { key: 'booking.rushReadP99Ms', label: 'rush: GET fresh times after a 409, p99', unit: 'ms' },
  { key: 'booking.rushGoneMs', label: 'rush: opening → all 50 places gone', unit: 'ms' },
  { key: 'booking.rushConnectP50Ms', label: 'rush: of which TCP connect (first request), p50', unit: 'ms' },
  { key: 'booking.rushConnectP99Ms', label: 'rush: of which TCP connect (first request), p99', unit: 'ms' },
  { key: 'booking.rushListenOverflows', label: 'rush: connections dropped, accept queue full', unit: 'requests' },
  { key: 'booking.rushLoopDelayP99Ms', label: 'rush: the load generator’s event-loop delay, p99', unit: 'ms' },
];

export const bookingTargets = {
  'booking.bookingsPerSecond': { label: '≥ 200 /s', met: (value: number) => value >= 200 },
  'booking.status5xx': { label: '0', met: (value: number) => value === 0 },
  'booking.rushBooked': { label: '= 50', met: (value: number) => value === bookingPlan.rush.places },
  'booking.rushHeld': { label: '= 50', met: (value: number) => value === bookingPlan.rush.places },
  'booking.rush5xx': { label: '0', met: (value: number) => value === 0 },
  'booking.rushP99Ms': { label: '< 500 ms', met: (value: number) => value < 500 },
};

/** The demo centre's configuration under another name: passport, moving, MitID … take appointments 08:00–20:00 every day, 60 days ahead. */
function configOf(id: string, name: string, passportPlaces: 1 | 2 = 1): CentreConfig {
  const config = structuredClone(demoConfig) as CentreConfigInput;
  config.centre.id = id;
  config.centre.name = name;
  const passport = config.appointments!.services!.passport!;
  config.appointments!.services!.passport = { ...passport, walkInShare: passportPlaces === 2 ? 0 : 0.5 };
  for (const settings of Object.values(config.appointments!.services!)) settings.bookingHorizonDays = 60;
  return CentreConfig.parse(config);
}

/** As the centre: its configuration in force, shipped as a linked centre ships it. */
async function shipConfig(hub: Hub, centreId: string, key: string, document: CentreConfig, version: string): Promise<void> {
  const cursor = await hub.client.send('GET', `/api/centres/${centreId}/cursor`, { token: key });
  if (cursor.status !== 200) throw new Error(`cursor of ${centreId}: ${cursor.status} ${cursor.text}`);
  const after = (JSON.parse(cursor.text) as { lastEventId: number }).lastEventId;
  const event = { id: after + 1, at: Date.now(), type: 'config.changed', ticketId: null, counterId: null, staffId: null, details: { configVersion: version } };
  const shipped = await hub.client.send('POST', `/api/centres/${centreId}/events`, { token: key, body: { after, events: [event], configs: [{ version, document }] } });
  if (shipped.status !== 200) throw new Error(`shipping the configuration of ${centreId}: ${shipped.status} ${shipped.text}`);
}

const copenhagenDate = (time: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(time));

function shuffle<T>(items: T[], random: RandomStream): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random.next() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

type Place = { centreId: string; serviceId: string; start: string };

/** Every free place of the booked centres from `from` for `days` days, one entry per place, round-robin over centres and shuffled within each. */
async function freePlaces(hub: Hub, centreIds: readonly string[], from: string, days: number, random: RandomStream): Promise<Place[]> {
  const answer = await hub.client.send('GET', `/api/city/slots?centreIds=${centreIds.join(',')}&from=${from}&days=${days}`, { token: hub.adminToken, timeoutMs: 60_000 });
  if (answer.status !== 200) throw new Error(`GET /api/city/slots: ${answer.status} ${answer.text.slice(0, 500)}`);
  const byCentre = new Map<string, Place[]>(centreIds.map((id) => [id, []]));
  for (const day of JSON.parse(answer.text) as CityServiceDaySlots[]) {
    for (const slot of day.slots) {
      for (let place = 0; place < slot.available; place += 1) byCentre.get(day.centreId)!.push({ centreId: day.centreId, serviceId: day.serviceId, start: slot.start });
    }
  }
  const lists = [...byCentre.values()].map((list) => shuffle(list, random));
  const places: Place[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index += 1) {
    for (const list of lists) if (index < list.length) places.push(list[index]!);
  }
  return places;
}

type Sample = { ms: number; status: number; at: number };

const citizen = (index: number) => ({ name: `Borger ${index}`, phone: `+45 ${String(20_000_000 + index).replace(/(\d\d)(?=\d)/g, '$1 ')}`, lang: 'da' });

/** `places.length` bookings at `perSecond`, open loop: each request at its time, latency from that time. */
async function steadyBookings(client: Client, places: readonly Place[], perSecond: number, firstCitizen: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  for (let index = 0; index < places.length; index += 1) {
    const due = start + (index * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const place = places[index]!;
    pending.push(
      client.send('POST', '/api/city/appointments', { body: { ...place, ...citizen(firstCitizen + index) } }).then(
        (answer) => void samples.push({ ms: performance.now() - due, status: answer.status, at: performance.now() }),
        () => void samples.push({ ms: Number.NaN, status: 0, at: performance.now() }),
      ),
    );
  }
  await Promise.all(pending);
  return samples;
}

/** Times the kernel refused a connection because a listening socket's accept queue was full (Linux, all sockets). */
function listenOverflows(): number {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((line) => line.startsWith('TcpExt:'));
    const names = lines[0]!.split(' ');
    return Number(lines[1]!.split(' ')[names.indexOf('ListenOverflows')]);
  } catch {
    return Number.NaN;
  }
}

/** One request from a given source address, over that address's own keep-alive connection; `connectMs` when it opened the connection. */
function sendFrom(agent: Agent, base: URL, localAddress: string, method: string, path: string, body?: unknown): Promise<Answer & { connectMs?: number }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const sent = performance.now();
  let connectMs: number | undefined;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        agent,
        localAddress,
        timeout: 10_000,
        headers: payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text, ...(connectMs !== undefined && { connectMs }) }));
        response.on('error', reject);
      },
    );
    outgoing.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => (connectMs = performance.now() - sent));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path} timed out`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

type RushResult = { posts: Sample[]; reads: Sample[]; connects: number[]; booked: number; goneMs: number; gaveUp: number; sawFull: number; failures: number; addresses: number };

/** 2,000 citizens, each from its own address, for the places of `range` (slot starts), arriving within `seconds`. */
async function rush(hub: Hub, centreId: string, serviceId: string, date: string, range: readonly string[], random: RandomStream): Promise<RushResult> {
  const { citizens, seconds, tries, places } = bookingPlan.rush;
  const base = new URL(hub.url);
  const agent = new Agent({ keepAlive: true });
  const inRange = new Set(range);
  const arrivals = Array.from({ length: citizens }, () => seconds * 1000 * random.next() ** 2);
  const posts: Sample[] = [];
  const reads: Sample[] = [];
  const connects: number[] = [];
  const bookedAt: number[] = [];
  let gaveUp = 0;
  let sawFull = 0;
  let failures = 0;
  const addresses = new Set<string>();
  const start = performance.now() + 200;
  try {
    await Promise.all(
      arrivals.map(async (arrival, index) => {
        const localAddress = `127.20.${Math.floor(index / 250)}.${(index % 250) + 1}`;
        addresses.add(localAddress);
        const own = random.fork(`citizen-${index}`);
        await sleep(Math.max(0, start + arrival - performance.now()));
        const tried = new Set<string>();
        let choice: string | undefined = range[Math.floor(own.next() * range.length)]!;
        for (let attempt = 0; attempt < tries && choice !== undefined; attempt += 1) {
          tried.add(choice);
          const sent = performance.now();
          let answer: Answer & { connectMs?: number };
          try {
            answer = await sendFrom(agent, base, localAddress, 'POST', '/api/city/appointments', { centreId, serviceId, start: choice, ...citizen(100_000 + index) });
          } catch {
            failures += 1;
            return;
          }
          if (answer.connectMs !== undefined) connects.push(answer.connectMs);
          const at = performance.now();
          posts.push({ ms: at - sent, status: answer.status, at });
          if (answer.status === 201) {
            bookedAt.push(at);
            return;
          }
          if (answer.status !== 409 || attempt + 1 === tries) break;
          // The booking page sends a citizen whose time was taken back to fresh times.
          const readSent = performance.now();
          let fresh: Answer;
          try {
            fresh = await sendFrom(agent, base, localAddress, 'GET', `/api/city/services/${serviceId}/slots?date=${date}&centreId=${centreId}`);
          } catch {
            failures += 1;
            return;
          }
          reads.push({ ms: performance.now() - readSent, status: fresh.status, at: performance.now() });
          if (fresh.status !== 200) break;
          const free = (JSON.parse(fresh.text) as CitySlot[]).filter((slot) => inRange.has(slot.start) && slot.available > 0).map((slot) => slot.start);
          if (free.length === 0) {
            sawFull += 1;
            return;
          }
          const untried = free.filter((slot) => !tried.has(slot));
          const pool = untried.length > 0 ? untried : free;
          choice = pool[Math.floor(own.next() * pool.length)];
        }
        gaveUp += 1;
      }),
    );
  } finally {
    agent.destroy();
  }
  bookedAt.sort((a, b) => a - b);
  const goneMs = bookedAt.length >= places ? bookedAt[places - 1]! - start : Number.NaN;
  return { posts, reads, connects, booked: bookedAt.length, goneMs, gaveUp, sawFull, failures, addresses: addresses.size };
}

export async function measureBooking(
  context: BenchContext,
): Promise<{ metrics: Record<string, number>; sql: StatementTime[]; moreSql: Record<string, StatementTime[]>; notes: string[] }> {
  const { centres, days, perSecond, seconds, warmUpSeconds, warmUpPerSecond, connections } = bookingPlan;
  const hub = await context.freshHub();
  const client = createClient(hub.url, connections);
  try {
    context.progress(`booking: ${centres} centres (+1 for the rush) given their configuration as a linked centre gives it`);
    const centreIds = Array.from({ length: centres }, (_, index) => `booking-${index + 1}`);
    for (const [index, id] of centreIds.entries()) {
      const name = `Borgerservice Bench ${index + 1}`;
      const key = await hub.register(id, name);
      await shipConfig(hub, id, key, configOf(id, name), `v${index + 1}`);
    }
    const rushCentre = 'booking-rush';
    const rushKey = await hub.register(rushCentre, 'Borgerservice Morgen');
    await shipConfig(hub, rushCentre, rushKey, configOf(rushCentre, 'Borgerservice Morgen', 2), 'r1');

    const random = new RandomStream(2_026);
    const tomorrow = copenhagenDate(Date.now() + 86_400_000);
    const readStarted = performance.now();
    const places = await freePlaces(hub, centreIds, tomorrow, days, random.fork('places'));
    const readMs = performance.now() - readStarted;
    const warmUpCount = warmUpSeconds * warmUpPerSecond;
    const count = Math.round(perSecond * seconds);
    if (places.length < warmUpCount + count) throw new Error(`only ${places.length} free places for ${warmUpCount + count} bookings`);
    context.progress(`  ${places.length.toLocaleString('en-GB')} free places over ${days} days read in ${(readMs / 1000).toFixed(1)} s; warm-up ${warmUpCount} bookings, then ${perSecond}/s for ${seconds} s, open loop`);
    await steadyBookings(client, places.slice(0, warmUpCount), warmUpPerSecond, 0);

    await resetStatementTimes(hub.databaseUrl);
    const cpuBefore = [hub.cpuMs(), postgresCpuMs(context.cluster)];
    const started = performance.now();
    const samples = await steadyBookings(client, places.slice(warmUpCount, warmUpCount + count), perSecond, warmUpCount);
    const lastAnswer = Math.max(...samples.map((sample) => sample.at));
    const cpuAfter = [hub.cpuMs(), postgresCpuMs(context.cluster)];
    const sqlTimes = await statementTimes(hub.databaseUrl);
    const created = samples.filter((sample) => sample.status === 201);
    const answered = samples.filter((sample) => sample.status !== 0).map((sample) => sample.ms);
    const elapsedSeconds = (lastAnswer - started) / 1000;
    const perBooking = (index: number) => ((cpuAfter[index] ?? Number.NaN) - (cpuBefore[index] ?? Number.NaN)) / Math.max(1, created.length);
    const metrics: Record<string, number> = {
      'booking.offeredPerSecond': perSecond,
      'booking.requests': samples.length,
      'booking.bookings': created.length,
      'booking.bookingsPerSecond': created.length / elapsedSeconds,
      'booking.elapsedSeconds': elapsedSeconds,
      'booking.p50Ms': percentile(answered, 50),
      'booking.p99Ms': percentile(answered, 99),
      'booking.maxMs': Math.max(...answered),
      'booking.status5xx': samples.filter((sample) => sample.status >= 500).length,
      'booking.status409': samples.filter((sample) => sample.status === 409).length,
      'booking.statusOther': samples.filter((sample) => sample.status !== 201 && sample.status !== 409 && sample.status !== 0 && sample.status < 500).length,
      'booking.failures': samples.filter((sample) => sample.status === 0).length,
      'booking.hubCpuMsPerBooking': perBooking(0),
      'booking.postgresCpuMsPerBooking': perBooking(1),
      'booking.freePlacesRead': places.length,
      'booking.slotsReadMs': readMs,
    };
    context.progress(
      `  ${created.length} booked in ${elapsedSeconds.toFixed(1)} s (${metrics['booking.bookingsPerSecond']!.toFixed(0)}/s), p50 ${metrics['booking.p50Ms']!.toFixed(1)} ms, p99 ${metrics['booking.p99Ms']!.toFixed(1)} ms`,
    );

    // The morning the slots open: a day's first passport slots at the rush centre, places summing to exactly 50.
    const { places: rushPlaces, serviceId, daysAhead, citizens } = bookingPlan.rush;
    const date = copenhagenDate(Date.now() + daysAhead * 86_400_000);
    const day = await client.send('GET', `/api/city/services/${serviceId}/slots?date=${date}&centreId=${rushCentre}`);
    if (day.status !== 200) throw new Error(`slots of ${rushCentre}: ${day.status} ${day.text}`);
    const range: CitySlot[] = [];
    let sum = 0;
    for (const slot of JSON.parse(day.text) as CitySlot[]) {
      if (sum === rushPlaces) break;
      if (slot.available !== slot.capacity || sum + slot.available > rushPlaces) continue;
      range.push(slot);
      sum += slot.available;
    }
    if (sum !== rushPlaces) throw new Error(`no slots of ${serviceId} on ${date} with ${rushPlaces} places in all`);
    context.progress(`  rush: ${citizens.toLocaleString('en-GB')} citizens, each from its own 127.20.y.z address, for the ${rushPlaces} places of ${range.length} ${serviceId} slots on ${date}`);
    await resetStatementTimes(hub.databaseUrl);
    const rushCpuBefore = [hub.cpuMs(), postgresCpuMs(context.cluster)];
    // The load generator's own event-loop delay: how much of the latency is this process being late.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    const overflowsBefore = listenOverflows();
    loopDelay.enable();
    const result = await rush(
      hub,
      rushCentre,
      serviceId,
      date,
      range.map((slot) => slot.start),
      random.fork('rush'),
    );
    loopDelay.disable();
    const overflows = listenOverflows() - overflowsBefore;
    const rushCpuAfter = [hub.cpuMs(), postgresCpuMs(context.cluster)];
    const rushSql = await statementTimes(hub.databaseUrl);
    const after = JSON.parse((await client.send('GET', `/api/city/services/${serviceId}/slots?date=${date}&centreId=${rushCentre}`)).text) as CitySlot[];
    const heldByApi = range.reduce((total, slot) => {
      const now = after.find((candidate) => candidate.start === slot.start);
      return total + (now ? now.capacity - now.available : 0);
    }, 0);
    const [{ held }] = (await sql<{ held: string }>(hub.databaseUrl, `SELECT count(*) AS held FROM appointments WHERE centre_id = $1 AND status = 'booked'`, [rushCentre])) as [
      { held: string },
    ];
    const heldInDb = Number(held);
    const rushAnswered = result.posts.map((sample) => sample.ms);
    Object.assign(metrics, {
      'booking.rushCitizens': citizens,
      'booking.rushAddresses': result.addresses,
      'booking.rushPosts': result.posts.length,
      'booking.rushBooked': result.booked,
      'booking.rushHeld': heldByApi === heldInDb ? heldInDb : Number.NaN,
      'booking.rushHeldByApi': heldByApi,
      'booking.rushHeldInDatabase': heldInDb,
      'booking.rush409': result.posts.filter((sample) => sample.status === 409).length,
      'booking.rush5xx': [...result.posts, ...result.reads].filter((sample) => sample.status >= 500).length,
      'booking.rushFailures': result.failures,
      'booking.rushP50Ms': percentile(rushAnswered, 50),
      'booking.rushP99Ms': percentile(rushAnswered, 99),
      'booking.rushMaxMs': Math.max(...rushAnswered),
      'booking.rushReads': result.reads.length,
      'booking.rushReadP99Ms': percentile(
        result.reads.map((sample) => sample.ms),
        99,
      ),
      'booking.rushGoneMs': result.goneMs,
      'booking.rushSawFull': result.sawFull,
      'booking.rushGaveUp': result.gaveUp,
      'booking.rushHubCpuMs': (rushCpuAfter[0] ?? Number.NaN) - (rushCpuBefore[0] ?? Number.NaN),
      'booking.rushPostgresCpuMs': (rushCpuAfter[1] ?? Number.NaN) - (rushCpuBefore[1] ?? Number.NaN),
      'booking.rushLoopDelayP99Ms': loopDelay.percentile(99) / 1e6,
      'booking.rushConnectP50Ms': percentile(result.connects, 50),
      'booking.rushConnectP99Ms': percentile(result.connects, 99),
      'booking.rushListenOverflows': overflows,
    });
    context.progress(`  rush: ${result.booked} booked, ${heldByApi} held by the API, ${heldInDb} in the database; all gone after ${result.goneMs.toFixed(0)} ms`);
    return {
      metrics,
      sql: sqlTimes,
      moreSql: { rush: rushSql },
      notes: [
        `Booking: a fresh hub, ${centres} centres with the demo configuration (7 services taking appointments 08:00–20:00 every day, 60 days ahead); ` +
          `${places.length.toLocaleString('en-GB')} free places of ${days} days read through GET /api/city/slots in ${(readMs / 1000).toFixed(1)} s; ` +
          `${warmUpCount} bookings to warm up, then ${count.toLocaleString('en-GB')} at ${perSecond}/s open loop over ${connections} keep-alive connections, each a distinct free place ` +
          `(${created.length} booked, ${metrics['booking.status409']} × 409, ${metrics['booking.statusOther']} other 4xx, ${metrics['booking.failures']} unanswered; ` +
          `achieved rate over ${elapsedSeconds.toFixed(1)} s from the first request to the last answer; max ${metrics['booking.maxMs']!.toFixed(0)} ms).`,
        `Rush: ${citizens.toLocaleString('en-GB')} citizens from ${result.addresses.toLocaleString('en-GB')} source addresses, arriving within ${bookingPlan.rush.seconds} s (10 s × u²), ` +
          `for ${rushPlaces} places in ${range.length} slots; ${result.posts.length} booking requests (${metrics['booking.rush409']} × 409), ` +
          `${result.reads.length} reads of fresh times; ${result.sawFull} saw the range full and stopped, ${result.gaveUp} gave up after a refusal or ${bookingPlan.rush.tries} tries, ` +
          `${result.failures} got no answer; hub CPU ${metrics['booking.rushHubCpuMs']!.toFixed(0)} ms, PostgreSQL CPU ${metrics['booking.rushPostgresCpuMs']!.toFixed(0)} ms. Held afterwards: ${heldByApi} by the slots' places (API), ${heldInDb} booked rows in the database.`,
      ],
    };
  } finally {
    client.close();
    await hub.stop();
  }
}
