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

/** The numbers under a chart's x axis, one per point, centred on `x(i)`. */
export function XLabels({ labels, x, y }: { labels: (string | number)[]; x(i: number): number; y: number }) {
  return labels.map((label, i) => (
    <text key={i} x={x(i)} y={y} textAnchor="middle" className="chart-label">
      {label}
    </text>
  ));
}
