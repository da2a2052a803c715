import { CHART_WIDTH, ChartFrame, ChartSvg, ChartTable, XLabels, YLabel, slots } from './chart-frame';

interface LinePoint {
  label: string;
  value: number | null;
}

/** One figure across sessions: a line over the points that have a value, with a table toggle. */
interface LineChartProps {
  title: string;
  points: LinePoint[];
  max: number;
  format(v: number): string;
  /** The y axis's two numbers, when `format` is too wordy for the margin ("level 7" -> "7"). */
  axis?(v: number): string;
}

export function LineChart({ title, points, max, format, axis = format }: LineChartProps) {
  const h = 100;
  const left = 36;
  const { x } = slots(points.length, left);
  const y = (v: number) => 8 + (1 - v / max) * (h - 26);
  const known = points.map((p, i) => ({ ...p, i })).filter((p): p is LinePoint & { i: number; value: number } => p.value !== null);
  const d = known.map((p, k) => `${k === 0 ? 'M' : 'L'} ${x(p.i)} ${y(p.value)}`).join(' ');
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
        <ChartSvg height={h}>
          {[0, max].map((v) => (
            <g key={v}>
              <line x1={left} x2={CHART_WIDTH} y1={y(v)} y2={y(v)} className="chart-grid" />
              <YLabel value={axis(v)} y={y(v)} left={left} />
            </g>
          ))}
          <path d={d} className="chart-step" fill="none" />
          {known.map((p) => (
            <circle key={p.i} cx={x(p.i)} cy={y(p.value)} r={4} className="chart-point" />
          ))}
          <XLabels labels={points.map((_, i) => i + 1)} x={x} y={h - 2} />
        </ChartSvg>
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
