import { storageFailureOf, type Db, type StorageFailure } from './database.js';

/** The last write that failed for its storage (full, read-only, damaged), with when and what SQLite said. */
export type NotedStorageFailure = StorageFailure & { at: number; message: string };

/** What the engine does when writes end: publish what they recorded, or forget what they cached. */
export type TransactionHooks = {
  /** The writes are on disk (the batch committed, or a write outside group commit). */
  committed(): void;
  /** SQLite rolled a whole batch back (SQLITE_FULL does, and a failed COMMIT): none of its writes is on disk. */
  batchLost(): void;
};

export type Transactions = {
  /**
   * Runs `work` in one synchronous SQLite transaction (a savepoint of the open batch under group
   * commit; nested calls join the outer one). If only this write is undone, `undone` is called
   * before the error is thrown on.
   */
  run<T>(work: () => T, undone: () => void): T;
  /** Resolves once everything written so far is committed; rejects if that commit failed. */
  durable(): Promise<void>;
  /** Resolves once no batch is open (nor one its listeners opened in turn). Never rejects. */
  settled(): Promise<void>;
  storageFailure(): NotedStorageFailure | undefined;
  /** The database file whose disk the health check looks at; null for an in-memory database. */
  file: string | null;
};

type Waiter = { resolve: () => void; reject: (error: unknown) => void };

/**
 * The write path of the centre's database: BEGIN, COMMIT and ROLLBACK, and group commit — the
 * writes of one event-loop turn share one SQLite transaction, so the disk is synced once for all of
 * them, while each write still runs alone in its savepoint (docs/DECISIONS.md). A request is
 * answered only after `durable()`, that is after its batch's COMMIT.
 */
export function createTransactions(db: Db, options: { groupCommit: boolean; now: () => number; hooks: TransactionHooks }): Transactions {
  const { groupCommit, hooks } = options;
  let depth = 0;
  // The open batch of group commit; SQLite may roll a whole batch back on its own (SQLITE_FULL).
  let batch: { waiters: Waiter[] } | undefined;
  let storageFailure: NotedStorageFailure | undefined;

  const noteFailure = (error: unknown) => {
    const failure = storageFailureOf(error);
    if (!failure) return;
    if (!storageFailure) console.error(`dintur: a write failed: ${failure.kind === 'full' ? 'the disk is full' : `the database is ${failure.kind}`} (${failure.code})`);
    storageFailure = { ...failure, at: options.now(), message: error instanceof Error ? error.message : String(error) };
  };
  /** A batch SQLite rolled back by itself: none of its writes is on disk, so none is acknowledged. */
  const failBatch = (failed: { waiters: Waiter[] }, error: unknown) => {
    if (batch === failed) batch = undefined;
    hooks.batchLost();
    for (const waiter of failed.waiters) waiter.reject(error);
  };
  const commitBatch = (committing: { waiters: Waiter[] }) => {
    if (batch !== committing) return;
    batch = undefined;
    try {
      db.exec('COMMIT');
    } catch (error) {
      noteFailure(error);
      if (db.inTransaction) db.exec('ROLLBACK');
      failBatch(committing, error);
      return;
    }
    storageFailure = undefined;
    hooks.committed();
    for (const waiter of committing.waiters) waiter.resolve();
  };

  const transactions: Transactions = {
    run(work, undone) {
      if (depth > 0) return work();
      if (groupCommit && !db.inTransaction) {
        // SQLite ended the open batch by itself (a failed write rolled it all back): fail its requests.
        if (batch) failBatch(batch, new Error('The batch of writes was rolled back by the database.'));
        db.exec('BEGIN IMMEDIATE');
        const opened = { waiters: [] as Waiter[] };
        batch = opened;
        setImmediate(() => commitBatch(opened));
      }
      depth += 1;
      try {
        // Inside an open batch, better-sqlite3 runs this as a savepoint: a failure undoes only it.
        const result = db.transaction(work)();
        depth -= 1;
        if (!groupCommit) {
          storageFailure = undefined;
          hooks.committed();
        }
        return result;
      } catch (error) {
        depth -= 1;
        noteFailure(error);
        if (groupCommit && batch && !db.inTransaction) {
          // SQLite rolled back the whole batch, not only this write's savepoint (SQLITE_FULL does):
          // the other writes of this turn are gone too, so their requests must hear so.
          failBatch(batch, error);
          throw error;
        }
        undone();
        throw error;
      }
    },
    durable() {
      const open = batch;
      if (!open) return Promise.resolve();
      return new Promise<void>((resolve, reject) => open.waiters.push({ resolve, reject }));
    },
    async settled() {
      while (batch) await transactions.durable().catch(() => undefined);
    },
    storageFailure: () => storageFailure,
    file: db.memory ? null : db.name,
  };
  return transactions;
}
