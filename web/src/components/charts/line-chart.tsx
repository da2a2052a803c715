import { ChartFrame } from './chart-frame';

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
          {points.map((p, i) => (
            <text key={i} x={i * 40 + 20} y={h - 2} textAnchor="middle" className="chart-label">
              {i + 1}
            </text>
          ))}
        </svg>
      }
      table={
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">{title}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={i}>
                <td>
                  {i + 1}. {p.label}
                </td>
                <td>{p.value === null ? '–' : format(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
