import { ChartFrame, fitLabel } from './chart-frame.js';
import { palette } from './palette.js';

export type StackSegment = { key: string; label: string; colour: string };
export type StackRow = { label: string; values: Readonly<Record<string, number>>; note: string };

const width = 640;
const rowHeight = 30;
const margin = { top: 28, right: 110, bottom: 30, left: 210 };

/**
 * One horizontal bar per group, split into segments; as shares of the row (each row 100 %) or as
 * counts on a common axis. White gaps part the segments, so neighbours never touch colour to
 * colour. An optional dashed mark per row (the goal) sits at a share.
 */
export function StackedBars(props: {
  id: string;
  title: string;
  description: string;
  segments: readonly StackSegment[];
  rows: readonly StackRow[];
  normalise: boolean;
  goal?: { share: number; label: string };
}) {
  const { id, title, description, segments, rows, normalise, goal } = props;
  const height = margin.top + margin.bottom + Math.max(1, rows.length) * rowHeight;
  const plotWidth = width - margin.left - margin.right;
  const totals = rows.map((row) => segments.reduce((sum, segment) => sum + (row.values[segment.key] ?? 0), 0));
  const largest = Math.max(1, ...totals);
  const bottom = height - margin.bottom;
  const ticks = normalise ? [0, 0.25, 0.5, 0.75, 1] : [];

  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      width={width}
      height={height}
      empty={totals.every((total) => total === 0)}
      legend={[
        ...segments.map((segment) => ({ label: segment.label, colour: segment.colour })),
        ...(goal ? [{ label: goal.label, colour: palette.ink, shape: 'dashed' as const }] : []),
      ]}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={margin.left + tick * plotWidth} x2={margin.left + tick * plotWidth} y1={margin.top - 4} y2={bottom} stroke={palette.grid} />
          <text x={margin.left + tick * plotWidth} y={bottom + 16} textAnchor="middle" className="report-axis-label" fill={palette.mutedInk}>
            {`${tick * 100}\u00A0%`}
          </text>
        </g>
      ))}
      {rows.map((row, index) => {
        const top = margin.top + index * rowHeight;
        const scale = normalise ? (totals[index] || 1) : largest;
        let offset = margin.left;
        return (
          <g key={row.label}>
            <text x={margin.left - 8} y={top + rowHeight / 2 + 4} textAnchor="end" className="report-axis-label" fill={palette.ink}>
              <title>{row.label}</title>
              {fitLabel(row.label, 30)}
            </text>
            {segments.map((segment) => {
              const value = row.values[segment.key] ?? 0;
              if (value <= 0) return null;
              const segmentWidth = (value / scale) * plotWidth;
              const rect = (
                <rect key={segment.key} x={offset} y={top + 5} width={segmentWidth} height={rowHeight - 10} fill={segment.colour} stroke="#ffffff" strokeWidth={1.5} />
              );
              offset += segmentWidth;
              return rect;
            })}
            {goal && (
              <line
                x1={margin.left + goal.share * plotWidth}
                x2={margin.left + goal.share * plotWidth}
                y1={top + 1}
                y2={top + rowHeight - 1}
                stroke={palette.ink}
                strokeWidth={2}
                strokeDasharray="4 3"
              />
            )}
            <text x={width - margin.right + 8} y={top + rowHeight / 2 + 4} className="report-axis-label" fill={palette.ink}>
              {row.note}
            </text>
          </g>
        );
      })}
      <line x1={margin.left} x2={margin.left} y1={margin.top - 4} y2={bottom} stroke={palette.axis} />
    </ChartFrame>
  );
}
