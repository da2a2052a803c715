import type { ReplyPoint } from '@core/rubric/reply-series';
import { CHART_WIDTH, ChartFrame, ChartSvg, ChartTable, XLabels, YLabel, slots } from './chart-frame';

// Scorecard charts, drawn as plain SVG (see README "Charts"): each shape is in the DOM, hidden from
// assistive technology in favour of the summary and the table toggle.

const FAMILY_WORDS = { ask: 'Ask', tell: 'Tell', other: 'Neither' } as const;

export function AskTellStrip({ points }: { points: ReplyPoint[] }) {
  const asks = points.filter((p) => p.family === 'ask').length;
  const tells = points.filter((p) => p.family === 'tell').length;
  const { slot, x } = slots(points.length);
  const bar = Math.min(28, slot * 0.7);
  return (
    <ChartFrame
      title="Ask or tell, reply by reply"
      summary={`${asks} of ${points.length} replies asked, ${tells} told.`}
      chart={
        <ChartSvg height={64}>
          {points.map((p, i) => (
            <rect
              key={p.reply}
              x={x(i) - bar / 2}
              y={p.family === 'ask' ? 4 : p.family === 'tell' ? 26 : 19}
              width={bar}
              height={p.family === 'other' ? 10 : 22}
              className={`bar-${p.family}`}
              rx={3}
            />
          ))}
          <XLabels labels={points.map((p) => p.reply)} x={x} y={62} />
        </ChartSvg>
      }
      table={<ChartTable head={['Reply', 'Ask or tell']} rows={points.map((p) => ({ key: p.reply, cells: [p.reply, FAMILY_WORDS[p.family]] }))} />}
    />
  );
}

export function DelegationSteps({ points }: { points: ReplyPoint[] }) {
  const read = points.filter((p) => p.level !== null);
  const left = 18;
  const { x } = slots(points.length, left);
  const y = (level: number) => 8 + (7 - level) * 12;
  let path = '';
  points.forEach((p, i) => {
    if (p.level === null) return;
    path += path ? ` H ${x(i)} V ${y(p.level)}` : `M ${x(i)} ${y(p.level)}`;
  });
  const takeovers = points.filter((p) => p.takeover).map((p) => p.reply);
  return (
    <ChartFrame
      title="Delegation level, reply by reply (0-7)"
      summary={
        read.length === 0
          ? 'No reply put a decision in play.'
          : `From level ${read[0].level} to level ${read.at(-1)!.level}${takeovers.length ? `; took the task back in ${takeovers.length === 1 ? 'reply' : 'replies'} ${takeovers.join(', ')}` : ''}.`
      }
      chart={
        <ChartSvg height={112}>
          {[0, 7].map((l) => (
            <g key={l}>
              <line x1={left} x2={CHART_WIDTH} y1={y(l)} y2={y(l)} className="chart-grid" />
              <YLabel value={l} y={y(l)} left={left} />
            </g>
          ))}
          <path d={path} className="chart-step" fill="none" />
          {points.map((p, i) =>
            p.level === null ? null : <circle key={p.reply} cx={x(i)} cy={y(p.level)} r={p.takeover ? 6 : 4} className={p.takeover ? 'chart-takeover' : 'chart-point'} />,
          )}
          <XLabels labels={points.map((p) => p.reply)} x={x} y={110} />
        </ChartSvg>
      }
      table={
        <ChartTable
          head={['Reply', 'Delegation level', 'Took the task back']}
          rows={points.map((p) => ({ key: p.reply, cells: [p.reply, p.level ?? 'no decision in play', p.takeover ? 'yes' : 'no'] }))}
        />
      }
    />
  );
}

export function TalkShareBar({ leader, other, otherName }: { leader: number; other: number; otherName: string }) {
  const total = leader + other;
  const share = total === 0 ? 0 : leader / total;
  const pct = Math.round(share * 100);
  return (
    <ChartFrame
      title="Talk share"
      summary={`You spoke ${pct}% of the words (${leader} of ${total}).`}
      chart={
        <svg className="chart-svg" viewBox="0 0 200 24" width="100%" height="24" aria-hidden="true" preserveAspectRatio="none">
          <rect x={0} y={2} width={200} height={20} className="bar-other" />
          <rect x={0} y={2} width={200 * share} height={20} className="bar-you" />
        </svg>
      }
      table={
        <ChartTable
          head={['Speaker', 'Words']}
          rows={[
            { key: 'you', cells: ['You', leader] },
            { key: 'other', cells: [otherName, other] },
          ]}
        />
      }
    />
  );
}
