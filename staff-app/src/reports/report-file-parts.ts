import type { StatsReport } from '@dintur/shared';

/** The period and unit in a CSV file's name: "2026-11-01", "til", "2026-11-30", "Pension og Omsorg". */
export function fileParts(report: StatsReport): string[] {
  const unit = report.units.find((candidate) => candidate.id === report.filter.unitId);
  return [report.from, 'til', report.to, ...(unit ? [unit.name.da] : [])];
}
