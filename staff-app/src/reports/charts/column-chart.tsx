import { ChartFrame, type LegendEntry } from './chart-frame.js';
import { palette } from './palette.js';
import { niceAxis } from './scale.js';

/** One series over the categories: filled bars, outlined bars (a capacity behind them), or short marks. */
export type ColumnSeries = {
  label: string;
  colour: string;
  style: 'bar' | 'outline' | 'mark';
  values: readonly (number | null)[];
};

const width = 640;
const margin = { top: 26, right: 14, bottom: 34, left: 46 };

/**
 * Vertical columns over categories (hours, dates), the series drawn on top of each other in
 * order: an outlined capacity, a filled bar inside it, a mark (the 90th percentile) over both.
 * An optional dashed reference line (the target) crosses the chart.
 */
export function ColumnChart(props: {
  id: string;
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly ColumnSeries[];
  unit: string;
  whole?: boolean;
  reference?: { value: number; label: string };
  height?: number;
  formatTick?: (value: number) => string;
}) {
  const { id, title, description, categories, series, unit, reference } = props;
  const height = props.height ?? 240;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const values = series.flatMap((entry) => entry.values.filter((value): value is number => value !== null));
  const axis = niceAxis(Math.max(0, ...values, reference?.value ?? 0), { whole: props.whole ?? false });
  const y = (value: number) => margin.top + plotHeight - (value / axis.max) * plotHeight;
  const band = plotWidth / Math.max(1, categories.length);
  const labelEvery = Math.max(1, Math.ceil(categories.length / 12));
  const formatTick = props.formatTick ?? ((value: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(value));
  const empty = values.every((value) => value === 0) || values.length === 0;

  const legend: LegendEntry[] = series.map((entry) => ({
    label: entry.label,
    colour: entry.colour,
    shape: entry.style === 'outline' ? 'outline' : entry.style === 'mark' ? 'line' : 'box',
  }));
  if (reference) legend.push({ label: reference.label, colour: palette.ink, shape: 'dashed' });

  return (
    <ChartFrame id={id} title={title} description={description} width={width} height={height} legend={legend} empty={empty}>
      <text x={margin.left - 6} y={14} textAnchor="start" className="report-axis-unit" fill={palette.mutedInk}>
        {unit}
      </text>
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} stroke={palette.grid} strokeWidth={1} />
          <text x={margin.left - 6} y={y(tick) + 4} textAnchor="end" className="report-axis-label" fill={palette.mutedInk}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, index) => {
        const x = margin.left + index * band;
        return (
          <g key={category}>
            {series.map((entry) => {
              const value = entry.values[index];
              if (value === null || value === undefined) return null;
              if (entry.style === 'mark') {
                return <line key={entry.label} x1={x + band * 0.12} x2={x + band * 0.88} y1={y(value)} y2={y(value)} stroke={entry.colour} strokeWidth={3} />;
              }
              const barWidth = band * (entry.style === 'outline' ? 0.78 : 0.62);
              const left = x + (band - barWidth) / 2;
              return entry.style === 'outline' ? (
                <rect key={entry.label} x={left} y={y(value)} width={barWidth} height={y(0) - y(value)} fill={palette.lightBlue} stroke={entry.colour} strokeWidth={1.5} />
              ) : (
                <rect key={entry.label} x={left} y={y(value)} width={barWidth} height={y(0) - y(value)} fill={entry.colour} />
              );
            })}
            {index % labelEvery === 0 && (
              <text x={x + band / 2} y={height - margin.bottom + 16} textAnchor="middle" className="report-axis-label" fill={palette.mutedInk}>
                {category}
              </text>
            )}
          </g>
        );
      })}
      <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} stroke={palette.axis} strokeWidth={1} />
      {reference && (
        <g>
          <line x1={margin.left} x2={width - margin.right} y1={y(reference.value)} y2={y(reference.value)} stroke={palette.ink} strokeWidth={1.5} strokeDasharray="6 4" />
          <text x={width - margin.right} y={y(reference.value) - 5} textAnchor="end" className="report-axis-label" fill={palette.ink}>
            {reference.label}
          </text>
        </g>
      )}
    </ChartFrame>
  );
}
