import { useId, useState, type ReactNode } from 'react';

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
