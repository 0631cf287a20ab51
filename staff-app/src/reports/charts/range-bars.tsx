import { ChartFrame, fitLabel } from './chart-frame.js';
import { palette } from './palette.js';
import { niceAxis } from './scale.js';

export type RangeRow = { label: string; median: number | null; p90: number | null; note: string };

const width = 640;
const rowHeight = 28;
const margin = { top: 28, right: 130, bottom: 44, left: 210 };

/**
 * One row per group (a service): a bar to the median wait, a whisker on to the 90th percentile,
 * a dashed line at the target, and a note at the end of the row (the share within the target).
 */
export function RangeBars(props: {
  id: string;
  title: string;
  description: string;
  rows: readonly RangeRow[];
  unit: string;
  target: { value: number; label: string };
  labels: { median: string; p90: string };
}) {
  const { id, title, description, rows, unit, target, labels } = props;
  const height = margin.top + margin.bottom + Math.max(1, rows.length) * rowHeight;
  const plotWidth = width - margin.left - margin.right;
  const values = rows.flatMap((row) => [row.median, row.p90]).filter((value): value is number => value !== null);
  const axis = niceAxis(Math.max(target.value, ...values));
  const x = (value: number) => margin.left + (value / axis.max) * plotWidth;
  const bottom = height - margin.bottom;
  const tick = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      width={width}
      height={height}
      empty={values.length === 0}
      legend={[
        { label: labels.median, colour: palette.blue },
        { label: labels.p90, colour: palette.vermillion, shape: 'line' },
        { label: target.label, colour: palette.ink, shape: 'dashed' },
      ]}
    >
      <text x={margin.left + plotWidth / 2} y={height - 6} textAnchor="middle" className="report-axis-unit" fill={palette.mutedInk}>
        {unit}
      </text>
      {axis.ticks.map((value) => (
        <g key={value}>
          <line x1={x(value)} x2={x(value)} y1={margin.top - 4} y2={bottom} stroke={palette.grid} />
          <text x={x(value)} y={bottom + 16} textAnchor="middle" className="report-axis-label" fill={palette.mutedInk}>
            {tick.format(value)}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const top = margin.top + index * rowHeight;
        const middle = top + rowHeight / 2;
        return (
          <g key={row.label}>
            <text x={margin.left - 8} y={middle + 4} textAnchor="end" className="report-axis-label" fill={palette.ink}>
              <title>{row.label}</title>
              {fitLabel(row.label, 30)}
            </text>
            {row.median !== null && <rect x={margin.left} y={top + 6} width={x(row.median) - margin.left} height={rowHeight - 12} fill={palette.blue} />}
            {row.median !== null && row.p90 !== null && row.p90 > row.median && (
              <line x1={x(row.median)} x2={x(row.p90)} y1={middle} y2={middle} stroke={palette.axis} strokeWidth={1.5} />
            )}
            {row.p90 !== null && <line x1={x(row.p90)} x2={x(row.p90)} y1={top + 4} y2={top + rowHeight - 4} stroke={palette.vermillion} strokeWidth={3} />}
            <text x={width - margin.right + 8} y={middle + 4} className="report-axis-label" fill={palette.ink}>
              {row.note}
            </text>
          </g>
        );
      })}
      <line x1={margin.left} x2={margin.left} y1={margin.top - 4} y2={bottom} stroke={palette.axis} />
      <line x1={x(target.value)} x2={x(target.value)} y1={margin.top - 8} y2={bottom} stroke={palette.ink} strokeWidth={1.5} strokeDasharray="6 4" />
      <text x={x(target.value)} y={margin.top - 12} textAnchor="middle" className="report-axis-label" fill={palette.ink}>
        {target.label}
      </text>
    </ChartFrame>
  );
}
