/** A waiting ticket's place: what positions, counts and longest waits are computed from. */
export type QueueEntry = { id: number; serviceId: string; queuedAt: number; issuedAt: number; appointmentAt: number | null };

const before = (a: QueueEntry, b: Pick<QueueEntry, 'queuedAt' | 'id'>) => a.queuedAt < b.queuedAt || (a.queuedAt === b.queuedAt && a.id < b.id);

/**
 * The waiting tickets of each service in queue order, kept in memory beside SQLite so a
 * position or a count costs a binary search instead of an index scan. SQLite stays the truth:
 * the ticket repository keeps this in step on every write and reloads it after a rollback.
 */
export class WaitingQueues {
  private readonly queues = new Map<string, QueueEntry[]>();
  private readonly byId = new Map<number, QueueEntry>();
  /** Counts changes, so a caller can tell whether anything moved since it looked. */
  version = 0;

  reset(entries: Iterable<QueueEntry>): void {
    this.queues.clear();
    this.byId.clear();
    for (const entry of entries) this.add(entry);
  }

  add(entry: QueueEntry): void {
    this.remove(entry.id);
    this.version += 1;
    let queue = this.queues.get(entry.serviceId);
    if (!queue) {
      queue = [];
      this.queues.set(entry.serviceId, queue);
    }
    queue.splice(this.indexOf(queue, entry), 0, entry);
    this.byId.set(entry.id, entry);
  }

  remove(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    this.version += 1;
    const queue = this.queues.get(entry.serviceId)!;
    queue.splice(this.indexOf(queue, entry), 1);
    this.byId.delete(id);
  }

  /** How many wait before this place in the service's queue. */
  ahead(serviceId: string, place: Pick<QueueEntry, 'queuedAt' | 'id'>): number {
    const queue = this.queues.get(serviceId);
    return queue ? this.indexOf(queue, place) : 0;
  }

  count(serviceId: string): number {
    return this.queues.get(serviceId)?.length ?? 0;
  }

  /** The earliest issue time among the service's waiting tickets. */
  oldestIssue(serviceId: string): number | null {
    const queue = this.queues.get(serviceId);
    if (!queue || queue.length === 0) return null;
    let oldest = Infinity;
    for (const entry of queue) if (entry.issuedAt < oldest) oldest = entry.issuedAt;
    return oldest;
  }

  /** The service's waiting tickets in queue order (do not change the array). */
  entries(serviceId: string): readonly QueueEntry[] {
    return this.queues.get(serviceId) ?? [];
  }

  front(serviceId: string): number | null {
    return this.queues.get(serviceId)?.[0]?.queuedAt ?? null;
  }

  /** Index of the first entry not before `place` (binary search). */
  private indexOf(queue: QueueEntry[], place: Pick<QueueEntry, 'queuedAt' | 'id'>): number {
    let low = 0;
    let high = queue.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(queue[middle]!, place)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
