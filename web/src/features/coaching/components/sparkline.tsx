/**
 * A tiny trend line; `max` is the top of the scale (5 for bands, 1 for ratios). Its text alternative
 * gives the values themselves, oldest first (`format` writes one), not only what the line is of.
 */
export function Sparkline({ values, max, label, format }: { values: (number | null)[]; max: number; label: string; format(value: number): string }) {
  const points = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null);
  const width = 96;
  const height = 24;
  if (points.length === 0) return <span className="muted sparkline-empty">no data</span>;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => height - 2 - (v / max) * (height - 4);
  const path = points.map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = points.at(-1)!;
  const sessions = points.length === 1 ? '1 session' : `${points.length} sessions, oldest first`;
  const description = `${label} over ${sessions}: ${points.map(([, v]) => format(v)).join(', ')}`;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <title>{description}</title>
      <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx={x(last[0])} cy={y(last[1])} r="2.5" fill="currentColor" />
    </svg>
  );
}
