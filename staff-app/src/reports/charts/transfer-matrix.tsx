import { ChartFrame, fitLabel } from './chart-frame.js';
import { palette, shade, textOn } from './palette.js';

const cellWidth = 130;
const cellHeight = 44;
const margin = { top: 56, left: 200, right: 16, bottom: 16 };

/**
 * Transfers as a grid: a row per unit the visits came from, a column per unit they went to, each
 * cell shaded by its count and showing it (text colour chosen for contrast on the shade).
 */
export function TransferMatrix(props: {
  id: string;
  title: string;
  description: string;
  places: readonly { id: string; label: string }[];
  counts: ReadonlyMap<string, number>;
  fromLabel: string;
  toLabel: string;
}) {
  const { id, title, description, places, counts, fromLabel, toLabel } = props;
  const width = margin.left + margin.right + places.length * cellWidth;
  const height = margin.top + margin.bottom + places.length * cellHeight;
  const largest = Math.max(0, ...counts.values());
  const count = (from: string, to: string) => counts.get(`${from}\u0000${to}`) ?? 0;
  return (
    <ChartFrame id={id} title={title} description={description} width={width} height={height} empty={largest === 0}>
      <text x={margin.left - 8} y={margin.top - 32} textAnchor="end" className="report-axis-unit" fill={palette.mutedInk}>
        {`${fromLabel} ↓  ${toLabel} →`}
      </text>
      {places.map((place, column) => (
        <text key={place.id} x={margin.left + column * cellWidth + cellWidth / 2} y={margin.top - 10} textAnchor="middle" className="report-axis-label" fill={palette.ink}>
          <title>{place.label}</title>
          {fitLabel(place.label, 18)}
        </text>
      ))}
      {places.map((from, row) => (
        <g key={from.id}>
          <text x={margin.left - 8} y={margin.top + row * cellHeight + cellHeight / 2 + 4} textAnchor="end" className="report-axis-label" fill={palette.ink}>
            <title>{from.label}</title>
            {fitLabel(from.label, 28)}
          </text>
          {places.map((to, column) => {
            const value = count(from.id, to.id);
            const fill = value === 0 ? '#f4f4f4' : shade(palette.blue, 0.15 + 0.85 * (value / Math.max(1, largest)));
            const x = margin.left + column * cellWidth;
            const y = margin.top + row * cellHeight;
            return (
              <g key={to.id}>
                <rect x={x + 1} y={y + 1} width={cellWidth - 2} height={cellHeight - 2} fill={fill} stroke={palette.grid} />
                <text x={x + cellWidth / 2} y={y + cellHeight / 2 + 5} textAnchor="middle" className="report-matrix-value" fill={textOn(fill)}>
                  {value}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}
