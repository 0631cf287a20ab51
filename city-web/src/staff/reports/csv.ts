/**
 * CSV for Danish Excel, as the centres' reports write it (staff-app/src/reports/csv.ts: an app
 * imports no other app, so these few lines are repeated here). Decided (docs/DECISIONS.md, "CSV
 * export"): UTF-8 with a byte-order mark, so Excel opens æøå correctly; semicolons between fields
 * and a decimal comma, as Excel with Danish regional settings reads and writes CSV; CRLF line
 * ends; dates as YYYY-MM-DD; no thousands separator. A field with a semicolon, a quote or a line
 * break is quoted (quotes doubled). Text that Excel would take for a formula (=, +, -, @ first)
 * gets an apostrophe first, so a centre's name can never run as a formula on a leader's computer.
 */

/** One cell: a number (written with a decimal comma), text, or nothing (an empty field). */
export type CsvCell = number | string | null;

const byteOrderMark = '\uFEFF';

/** A number as Danish Excel reads it: at most `decimals` decimals, decimal comma, no grouping. */
export function csvNumber(value: number, decimals: number): string {
  const rounded = Number(value.toFixed(decimals));
  return String(Object.is(rounded, -0) ? 0 : rounded).replace('.', ',');
}

function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole file: a header row, then the rows; numbers already formatted by the caller stay text. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], decimals = 2): string {
  const line = (cells: readonly CsvCell[]) =>
    cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? csvNumber(cell, decimals) : csvText(cell))).join(';');
  return byteOrderMark + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

/** A file name of plain letters: "dintur-ventetid-pr-time-2026-11-01-til-2026-11-30.csv". */
export function csvFileName(parts: readonly string[]): string {
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `dintur-${slug}.csv`;
}

/** Lets the browser save `text` as a file, without a trip to the server. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: some browsers read the URL asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
