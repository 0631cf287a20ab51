import type { CityWaits, LocalizedName } from '@dintur/shared';

/**
 * What the waits page shows, from one answer of `GET /api/city/waits`: pure, so the ranking and
 * the freshness rules are tested without a browser.
 */

/** A centre not heard from for this long (by the hub's clock) is shown as old news. */
export const staleAfterMs = 2 * 60_000;

export type WaitsCentre = CityWaits['centres'][number];

/** A service of the city: the same id at every centre that offers it. */
export type ServiceChoice = {
  id: string;
  name: LocalizedName;
  /** The shortest estimate at a centre open for it with fresh figures, or null if none has one. */
  shortestWaitMinutes: number | null;
};

/** How fresh a centre's figures are, by the hub's clock. */
export type Freshness =
  | { kind: 'fresh'; ageSeconds: number }
  /** Not linked, or older than `staleAfterMs`: `since` is its last status, or null if it never sent one. */
  | { kind: 'stale'; since: string | null };

export type CentreWait = {
  centreId: string;
  centreName: string;
  /** The service as this centre names it. */
  serviceName: LocalizedName;
  /** The centre is open now and the service takes numbers. */
  open: boolean;
  waiting: number;
  /** The centre's estimate; null when no counter there that serves the service is open. */
  estimatedWaitMinutes: number | null;
  freshness: Freshness;
};

/** Whether a centre's figures are current at `serverNow` (the hub's clock, epoch ms). */
export function freshnessOf(centre: Pick<WaitsCentre, 'linked' | 'updatedAt'>, serverNow: number): Freshness {
  if (centre.updatedAt === null) return { kind: 'stale', since: null };
  const age = serverNow - Date.parse(centre.updatedAt);
  if (!centre.linked || age > staleAfterMs) return { kind: 'stale', since: centre.updatedAt };
  return { kind: 'fresh', ageSeconds: Math.max(0, Math.floor(age / 1000)) };
}

/**
 * Every service some centre offers, once (the first centre's names). Sorting by name is the
 * page's: it depends on the language.
 */
export function servicesOf(waits: CityWaits, serverNow: number): ServiceChoice[] {
  const services = new Map<string, ServiceChoice>();
  for (const centre of waits.centres) {
    const fresh = freshnessOf(centre, serverNow).kind === 'fresh';
    for (const service of centre.services) {
      const choice = services.get(service.id) ?? { id: service.id, name: service.name, shortestWaitMinutes: null };
      const counts = fresh && centre.openNow && service.open && service.estimatedWaitMinutes !== null;
      if (counts && (choice.shortestWaitMinutes === null || service.estimatedWaitMinutes! < choice.shortestWaitMinutes)) {
        choice.shortestWaitMinutes = service.estimatedWaitMinutes;
      }
      services.set(service.id, choice);
    }
  }
  return [...services.values()];
}

/** Lower ranks first: open with current figures, then open with old figures, then closed. */
function rankOf(wait: CentreWait): number {
  if (!wait.open) return 2;
  return wait.freshness.kind === 'fresh' ? 0 : 1;
}

/**
 * The centres offering a service, quickest first. A centre whose figures are old news comes
 * after every centre with current ones (its short queue may be long by now), and a closed one
 * last; within each group by the estimate (none last), then by the number waiting, then by name.
 */
export function centresFor(waits: CityWaits, serviceId: string, serverNow: number): CentreWait[] {
  const offering: CentreWait[] = [];
  for (const centre of waits.centres) {
    const service = centre.services.find((candidate) => candidate.id === serviceId);
    if (!service) continue;
    offering.push({
      centreId: centre.id,
      centreName: centre.name,
      serviceName: service.name,
      open: centre.openNow && service.open,
      waiting: service.waiting,
      estimatedWaitMinutes: service.estimatedWaitMinutes,
      freshness: freshnessOf(centre, serverNow),
    });
  }
  const estimate = (wait: CentreWait) => wait.estimatedWaitMinutes ?? Number.POSITIVE_INFINITY;
  return offering.sort(
    (left, right) =>
      rankOf(left) - rankOf(right) ||
      estimate(left) - estimate(right) ||
      left.waiting - right.waiting ||
      left.centreName.localeCompare(right.centreName, 'da'),
  );
}

/**
 * The centre to recommend: the first, if it is open with current figures and a counter there
 * serves the service now. A centre without an estimate sorts after every one with one, so when
 * the first has none, no centre is quickest: none is recommended where nobody can serve.
 */
export function quickestOf(centres: readonly CentreWait[]): CentreWait | null {
  const first = centres[0];
  return first && rankOf(first) === 0 && first.estimatedWaitMinutes !== null ? first : null;
}
