import { useId, useState, type Key, type ReactNode } from 'react';

interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows, read before the chart. */
  summary: string;
  chart: ReactNode;
  /** The same data as a table: the text alternative, shown instead of the chart on request. */
  table: ReactNode;
}

/** A chart with its title, a summary and a toggle to the same data as a table. */
export function ChartFrame({ title, summary, chart, table }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart card" aria-labelledby={`${id}-title`}>
      <figcaption className="chart-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="btn btn-small btn-ghost" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          Show as table
        </button>
      </figcaption>
      <p className="muted chart-summary">{summary}</p>
      {asTable ? table : chart}
    </figure>
  );
}

/** A chart's data as a table (the text alternative): one header row, then a row per point named by its first cell. */
export function ChartTable({ head, rows }: { head: string[]; rows: { key: Key; cells: ReactNode[] }[] }) {
  return (
    <table className="chart-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [name, ...rest] }) => (
          <tr key={key}>
            <th scope="row">{name}</th>
            {rest.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Every chart draws in a fixed-width coordinate box that the SVG scales to its card's width (height
 * follows the aspect ratio), so a chart fills its card whatever the number of points: each point
 * gets an equal slot between `left` and the right edge.
 */
export const CHART_WIDTH = 240;

export function slots(count: number, left = 0) {
  const slot = (CHART_WIDTH - left) / Math.max(count, 1);
  return { slot, x: (i: number) => left + slot * (i + 0.5) };
}

/** An SVG that scales to its container's width, drawing in a CHART_WIDTH x `height` box. */
export function ChartSvg({ height, children }: { height: number; children: ReactNode }) {
  return (
    <svg className="chart-svg" viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" aria-hidden="true">
      {children}
    </svg>
  );
}

// Labels this many units apart at least, so two- and three-digit numbers never run together.
const LABEL_SPACING = 18;

/** The numbers under a chart's x axis, centred on `x(i)`; with many points only every few, always the last. */
export function XLabels({ labels, x, y }: { labels: (string | number)[]; x(i: number): number; y: number }) {
  const every = Math.max(1, Math.ceil((labels.length * LABEL_SPACING) / CHART_WIDTH));
  return labels.map((label, i) =>
    i % every === 0 || i === labels.length - 1 ? (
      <text key={i} x={x(i)} y={y} textAnchor="middle" className="chart-label">
        {label}
      </text>
    ) : null,
  );
}

/** A number on the y axis, right-aligned against the plot's left edge. */
export function YLabel({ value, y, left }: { value: string | number; y: number; left: number }) {
  return (
    <text x={left - 4} y={y + 4} textAnchor="end" className="chart-label">
      {value}
    </text>
  );
}
