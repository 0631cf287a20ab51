import { formatShare } from '../format.js';
import { strings } from '../../strings.js';
import { palette, type FillPattern } from './palette.js';

/** One series of bars: its name in the legend, its colour and its pattern. */
export type BarSeries = { key: string; label: string; colour: string; pattern: FillPattern };

/** One bar: its parts as shares of the whole width (0–1) by series, or null when there is nothing to draw. */
export type BarRow = {
  key: string;
  label: string;
  values: Readonly<Record<string, number>> | null;
  /** Words at the end of the row: the figure, and what it means ("67 % (under målet)"). */
  note: string;
  /** Drawn apart: the whole city (bold, its bar in ink). */
  emphasised?: boolean;
};

/** A chart as the page draws it and a screen reader says it. */
export type BarChartModel = {
  id: string;
  /** The chart's name, for screen readers too. */
  title: string;
  /** The words over the chart, when shorter than its name (a centre's name among its neighbours). */
  caption?: string;
  /** What the chart shows, in words, with every figure. */
  description: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** A dashed line across every row at a share (the 80 % goal). */
  goal?: { share: number; label: string };
  /** Each part of a split bar says its share inside it, where there is room. */
  partLabels?: boolean;
};

const width = 640;
const rowHeight = 28;
const barHeight = 18;
const margin = { right: 160, bottom: 34, left: 180 };
const plotWidth = width - margin.left - margin.right;
const ticks = [0, 0.25, 0.5, 0.75, 1];
/** A part's share ("100 %") is written inside it on a white label, where the part has room for it. */
const partLabelWidth = 42;
const partLabelRoom = 58;

/** Shortens a label to `maxCharacters` with an ellipsis; the whole name stays in a tooltip, the description and the table. */
export function fitLabel(label: string, maxCharacters: number): string {
  return label.length <= maxCharacters ? label : `${label.slice(0, maxCharacters - 1).trimEnd()}…`;
}

/** A series' pattern over its colour; the dark marks keep every part at least as dark against the page as its colour. */
function PatternFill({ id, series }: { id: string; series: BarSeries }) {
  const mark = { fill: '#000000', fillOpacity: 0.45 };
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform={series.pattern === 'stripes' ? 'rotate(45)' : undefined}>
      <rect width={8} height={8} fill={series.colour} />
      {series.pattern === 'stripes' && <rect width={3} height={8} {...mark} />}
      {series.pattern === 'dots' && <circle cx={4} cy={4} r={1.8} {...mark} />}
      {series.pattern === 'crosses' && <path d="M0 0L8 8M8 0L0 8" stroke="#000000" strokeOpacity={0.45} strokeWidth={1.5} />}
    </pattern>
  );
}

/**
 * Horizontal bars of shares, 0–100 %: one bar per row, split into parts when there are several
 * series (each with its own colour and pattern, named in a legend), an optional dashed goal line,
 * the figure written at the end of each row. Drawn by hand in SVG like the centres' charts:
 * `role="img"` named by its title and described in words; the table under it holds the figures.
 */
export function BarChart({ model }: { model: BarChartModel }) {
  const { id, title, caption = title, description, series, rows, goal, partLabels = false } = model;
  const split = series.length > 1;
  const patternId = (key: string) => `${id}-pattern-${key}`;
  const fillOf = (entry: BarSeries, row: BarRow) => (row.emphasised && !split ? palette.ink : entry.pattern === 'solid' ? entry.colour : `url(#${patternId(entry.key)})`);
  const x = (share: number) => margin.left + Math.min(1, Math.max(0, share)) * plotWidth;

  // Room above the rows for the goal's label.
  const plotTop = goal ? 30 : 12;
  const bottom = plotTop + rows.length * rowHeight;
  const height = bottom + margin.bottom;
  const empty = rows.every((row) => row.values === null);

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {caption}
      </figcaption>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${width} ${height}`} className="chart-svg" data-testid={`chart-${id}`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          {series
            .filter((entry) => entry.pattern !== 'solid')
            .map((entry) => (
              <PatternFill key={entry.key} id={patternId(entry.key)} series={entry} />
            ))}
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={plotTop - 4} y2={bottom} stroke={palette.grid} />
            <text x={x(tick)} y={bottom + 18} textAnchor="middle" className="chart-text" fill={palette.mutedInk}>
              {formatShare(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const top = plotTop + index * rowHeight;
          const middle = top + rowHeight / 2 + 4;
          let offset = margin.left;
          return (
            <g key={row.key}>
              <text x={margin.left - 8} y={middle} textAnchor="end" className={`chart-text${row.emphasised ? ' chart-emphasised' : ''}`} fill={palette.ink}>
                {row.label.length > 26 && <title>{row.label}</title>}
                {fitLabel(row.label, 26)}
              </text>
              {row.values !== null &&
                series.map((entry) => {
                  const value = row.values?.[entry.key] ?? 0;
                  if (value <= 0) return null;
                  const left = offset;
                  const partWidth = x(value) - margin.left;
                  offset += partWidth;
                  return (
                    <g key={entry.key}>
                      <rect x={left} y={top + (rowHeight - barHeight) / 2} width={partWidth} height={barHeight} fill={fillOf(entry, row)} stroke={split ? '#ffffff' : undefined} strokeWidth={split ? 1.5 : undefined} />
                      {partLabels && partWidth >= partLabelRoom && (
                        <g>
                          <rect x={left + (partWidth - partLabelWidth) / 2} y={top + 7} width={partLabelWidth} height={rowHeight - 14} rx={3} fill="#ffffff" />
                          <text x={left + partWidth / 2} y={middle - 0.5} textAnchor="middle" className="chart-text chart-part" fill={palette.ink}>
                            {formatShare(value)}
                          </text>
                        </g>
                      )}
                    </g>
                  );
                })}
              <text x={width - margin.right + 8} y={middle} className={`chart-text${row.emphasised ? ' chart-emphasised' : ''}`} fill={palette.ink}>
                {row.note}
              </text>
            </g>
          );
        })}
        <line x1={margin.left} x2={margin.left} y1={plotTop - 4} y2={bottom} stroke={palette.axis} />
        {goal && (
          <g>
            <line x1={x(goal.share)} x2={x(goal.share)} y1={plotTop - 8} y2={bottom} stroke={palette.ink} strokeWidth={2} strokeDasharray="6 4" />
            <text x={x(goal.share)} y={plotTop - 13} textAnchor="middle" className="chart-text chart-emphasised" fill={palette.ink}>
              {goal.label}
            </text>
          </g>
        )}
        {empty && (
          <g>
            <rect x={margin.left + plotWidth / 2 - 80} y={plotTop + (bottom - plotTop) / 2 - 10} width={160} height={20} fill="#ffffff" />
            <text x={margin.left + plotWidth / 2} y={plotTop + (bottom - plotTop) / 2 + 4} textAnchor="middle" className="chart-text" fill={palette.mutedInk}>
              {strings.reports.charts.noData}
            </text>
          </g>
        )}
      </svg>
      {split && !empty && (
        <ul className="chart-legend" aria-label={strings.reports.charts.legend}>
          {series.map((entry) => (
            <li key={entry.key}>
              <svg width={22} height={14} aria-hidden="true" focusable="false">
                <rect x={0.5} y={0.5} width={21} height={13} fill={entry.pattern === 'solid' ? entry.colour : `url(#${patternId(entry.key)})`} stroke={entry.colour} />
              </svg>
              {entry.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
