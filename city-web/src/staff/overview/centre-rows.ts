import type { CityCentre, CityWaits } from '@dintur/shared';

/** One centre as the overview shows it: its link to the hub, and its live figures when it sends them. */
export type CentreRow = CityCentre & {
  /** Open now by its latest status, or null if it has sent none. */
  openNow: boolean | null;
  /** Citizens waiting now across its services, or null if it has sent no status. */
  waiting: number | null;
};

/**
 * The overview's rows: every registered centre with its live figures. Silent centres first (the
 * ones to act on), then the other unlinked ones, then by name.
 */
export function centreRows(centres: readonly CityCentre[], waits: CityWaits | null): CentreRow[] {
  const live = new Map((waits?.centres ?? []).map((centre) => [centre.id, centre]));
  const rows = centres.map((centre): CentreRow => {
    const status = live.get(centre.id);
    const known = status !== undefined && status.updatedAt !== null;
    return {
      ...centre,
      openNow: known ? status.openNow : null,
      waiting: known ? status.services.reduce((sum, service) => sum + service.waiting, 0) : null,
    };
  });
  const order = (row: CentreRow) => (row.silent ? 0 : row.linked ? 2 : 1);
  return rows.sort((left, right) => order(left) - order(right) || left.name.localeCompare(right.name, 'da'));
}

/** The centres leaders must be told about: silent during their opening hours. */
export function silentCentres(rows: readonly CentreRow[]): CentreRow[] {
  return rows.filter((row) => row.silent);
}
