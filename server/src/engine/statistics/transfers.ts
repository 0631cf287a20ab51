import type { StatsTransfer } from '@dintur/shared';
import type { Visit } from '@dintur/shared/statistics';

/**
 * Transfers from one place to another, most frequent first: `placeOf` maps a service to what is
 * counted (the service itself, or its unit); `include` decides which transfers a filtered report
 * shows (those leaving or entering the filtered services).
 */
export function countTransfers(
  visits: readonly Visit[],
  placeOf: (serviceId: string) => string | null,
  include: (fromServiceId: string, toServiceId: string) => boolean,
): StatsTransfer[] {
  const counts = new Map<string, StatsTransfer>();
  for (const visit of visits) {
    for (const stay of visit.stays) {
      if (stay.end.kind !== 'transferred' || !include(stay.serviceId, stay.end.toServiceId)) continue;
      const from = placeOf(stay.serviceId);
      const to = placeOf(stay.end.toServiceId);
      if (from === null || to === null) continue;
      const key = `${from}\u0000${to}`;
      const entry = counts.get(key) ?? { from, to, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((left, right) => right.count - left.count || left.from.localeCompare(right.from) || left.to.localeCompare(right.to));
}
