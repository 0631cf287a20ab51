/**
 * Benchmark phase "forecast": how long a leader waits for a plan's forecast (`POST
 * /api/plan/forecast`, 30 simulated days on the real engine in the server's worker threads), on the
 * demo centre with six weeks of generated history (`fillDemoHistory`, as `npm run demo:history`
 * writes it). The first forecast after a start loads the workers; the later ones find them loaded.
 * While forecasts run, `GET /api/health` is asked every 50 ms: the counters and screens are
 * served by the same event loop, which a forecast must not hold up.
 */
import { performance } from 'node:perf_hooks';
import { Forecast, type PlanView } from '@dintur/shared';
import { addDays } from '@dintur/shared/calendar';
import { fillDemoHistory, openDatabase, pastWeekdays } from '@dintur/server';
import { percentile, type Client } from './http-load.js';

export const forecastRows = [
  { key: 'forecast.coldSeconds', label: 'forecast: first after a start (30 days simulated)', unit: 's' },
  { key: 'forecast.warmMedianSeconds', label: 'forecast: later ones, median', unit: 's' },
  { key: 'forecast.warmMaxSeconds', label: 'forecast: later ones, slowest', unit: 's' },
  { key: 'forecast.pastDaySeconds', label: 'forecast: a past day beside what happened', unit: 's' },
  { key: 'forecast.healthP99Ms', label: 'forecast: GET /api/health while one runs, p99', unit: 'ms' },
];

export const forecastTargets = {
  'forecast.coldSeconds': { label: '< 10 s', met: (value: number) => value < 10 },
  'forecast.warmMaxSeconds': { label: '< 10 s', met: (value: number) => value < 10 },
  'forecast.pastDaySeconds': { label: '< 10 s', met: (value: number) => value < 10 },
  'forecast.healthP99Ms': { label: '< 50 ms', met: (value: number) => value < 50 },
};

/** Today in Copenhagen, where the demo centre is. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** Six weeks of weekdays before today, simulated into the data directory's database (before the server starts). */
export async function prepareForecastHistory(dataDir: string, adminPassword: string): Promise<void> {
  const db = openDatabase(`${dataDir}/dintur.sqlite`);
  try {
    await fillDemoHistory({ db, dates: pastWeekdays(today(), 6), adminPassword });
  } finally {
    db.close();
  }
}

export async function measureForecast(options: { client: Client; adminToken: string; progress: (message: string) => void }): Promise<Record<string, number>> {
  const { client, adminToken, progress } = options;
  const forecast = async (date: string) => {
    const started = performance.now();
    const answer = await client.send('POST', '/api/plan/forecast', { token: adminToken, body: { date }, timeoutMs: 120_000 });
    const seconds = (performance.now() - started) / 1000;
    if (answer.status !== 200) throw new Error(`forecast of ${date} answered ${answer.status} ${answer.text}`);
    Forecast.parse(JSON.parse(answer.text));
    progress(`  forecast of ${date}: ${seconds.toFixed(1)} s`);
    return seconds;
  };
  // The next five weekdays (the history holds weekdays: a Sunday would be forecast from nothing), then a past one.
  const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
  const coming = Array.from({ length: 9 }, (_, offset) => addDays(today(), offset + 1)).filter(isWeekday).slice(0, 5);
  const past = pastWeekdays(today(), 1)[0]!;
  const plan = await client.send('GET', `/api/plan?date=${coming[0]}`, { token: adminToken });
  if (plan.status !== 200) throw new Error(`GET /api/plan answered ${plan.status} ${plan.text}`);
  progress(`forecast: ${(JSON.parse(plan.text) as PlanView).history.days} days of history behind ${coming[0]}`);

  const health: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      health.push((await client.timed('GET', '/api/health')).ms);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    const cold = await forecast(coming[0]!);
    const warm: number[] = [];
    for (const date of coming.slice(1)) warm.push(await forecast(date));
    const pastDay = await forecast(past);
    warm.sort((a, b) => a - b);
    return {
      'forecast.coldSeconds': cold,
      'forecast.warmMedianSeconds': warm[Math.floor(warm.length / 2)]!,
      'forecast.warmMaxSeconds': warm[warm.length - 1]!,
      'forecast.pastDaySeconds': pastDay,
      'forecast.healthP99Ms': percentile(health, 99),
    };
  } finally {
    running = false;
    await probe;
  }
}
