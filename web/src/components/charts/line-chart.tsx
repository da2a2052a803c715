import { ChartFrame, ChartTable, XLabels } from './chart-frame';

interface LinePoint {
  label: string;
  value: number | null;
}

/** One figure across sessions: a line over the points that have a value, with a table toggle. */
export function LineChart({ title, points, max, format }: { title: string; points: LinePoint[]; max: number; format(v: number): string }) {
  const w = Math.max(points.length * 40, 160);
  const h = 90;
  const y = (v: number) => 6 + (1 - v / max) * (h - 22);
  const known = points.map((p, i) => ({ ...p, i })).filter((p): p is LinePoint & { i: number; value: number } => p.value !== null);
  const d = known.map((p, k) => `${k === 0 ? 'M' : 'L'} ${p.i * 40 + 20} ${y(p.value)}`).join(' ');
  const first = known[0];
  const last = known.at(-1);
  return (
    <ChartFrame
      title={title}
      summary={
        !first || !last
          ? 'No session measured this yet.'
          : known.length === 1
            ? `One session: ${format(first.value)}.`
            : `From ${format(first.value)} to ${format(last.value)} over ${known.length} sessions.`
      }
      chart={
        <svg className="chart-svg" viewBox={`0 0 ${w} ${h}`} width="100%" height={h} aria-hidden="true" preserveAspectRatio="xMinYMid meet">
          <line x1={0} x2={w} y1={y(0)} y2={y(0)} className="chart-grid" />
          <line x1={0} x2={w} y1={y(max)} y2={y(max)} className="chart-grid" />
          <path d={d} className="chart-step" fill="none" />
          {known.map((p) => (
            <circle key={p.i} cx={p.i * 40 + 20} cy={y(p.value)} r={3.5} className="chart-point" />
          ))}
          <XLabels labels={points.map((_, i) => i + 1)} x={(i) => i * 40 + 20} y={h - 2} />
        </svg>
      }
      table={
        <ChartTable
          head={['Session', title]}
          rows={points.map((p, i) => ({ key: i, cells: [`${i + 1}. ${p.label}`, p.value === null ? '–' : format(p.value)] }))}
        />
      }
    />
  );
}
