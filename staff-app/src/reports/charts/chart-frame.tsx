import type { ReactNode } from 'react';
import { reportStrings } from '../report-strings.js';
import { palette } from './palette.js';

export type LegendEntry = { label: string; colour: string; shape?: 'box' | 'outline' | 'line' | 'dashed' };

/**
 * A chart: a picture with a short name and a description that says what it shows in words (the
 * table under it holds the figures for anyone who cannot see it), and its legend in HTML.
 */
export function ChartFrame(props: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  legend?: readonly LegendEntry[];
  empty?: boolean;
  children: ReactNode;
}) {
  const { id, title, description, width, height, legend, empty, children } = props;
  return (
    <figure className="report-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="report-chart-title">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        className="report-chart-svg"
        data-testid={`chart-${id}`}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{empty ? reportStrings.noData : description}</desc>
        {children}
        {empty && (
          <text x={width / 2} y={height / 2} textAnchor="middle" className="report-chart-empty" fill={palette.mutedInk}>
            {reportStrings.noData}
          </text>
        )}
      </svg>
      {legend && legend.length > 0 && !empty && (
        <ul className="report-legend">
          {legend.map((entry) => (
            <li key={entry.label}>
              <span className={`report-swatch report-swatch-${entry.shape ?? 'box'}`} style={{ color: entry.colour }} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** Shortens a label to fit `maxCharacters`, with an ellipsis; the full name stays in a tooltip and the table. */
export function fitLabel(label: string, maxCharacters: number): string {
  return label.length <= maxCharacters ? label : `${label.slice(0, maxCharacters - 1).trimEnd()}…`;
}
