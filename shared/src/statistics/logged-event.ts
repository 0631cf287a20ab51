/**
 * One entry of a centre's append-only event log as statistics read it: what happened, when, to
 * which ticket and at which counter, with its `details`. The centre reads these from SQLite; the
 * city hub reads the same entries, shipped from each centre, from PostgreSQL.
 */
export type LoggedEvent = {
  id: number;
  /** Epoch milliseconds. */
  at: number;
  type: string;
  ticketId: number | null;
  counterId: string | null;
  staffId: number | null;
  details: Record<string, unknown>;
};
