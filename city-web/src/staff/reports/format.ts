/** Shown where a figure has no data (a centre without visitors has no median wait). */
export const noValue = '–';

const wholeNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** A count as Danish writes it: "1.234". */
export const formatCount = (value: number) => wholeNumber.format(value);

/** Minutes with at most one decimal: "12,5"; "–" for no data. */
export const formatMinutes = (value: number | null) => (value === null ? noValue : oneDecimal.format(value));

/** A share 0–1 as a whole percentage, "72 %" (with a no-break space); "–" for no data. */
export const formatShare = (value: number | null) => (value === null ? noValue : `${wholeNumber.format(value * 100)}\u00A0%`);

const longDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthName = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-24" → "24. november 2026". */
export const formatDate = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

/** "2026-11" → "november 2026". */
export const formatMonth = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

/** "24. november 2026", or "1. november 2026 – 30. november 2026". */
export const formatPeriod = (from: string, to: string) => (from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`);
