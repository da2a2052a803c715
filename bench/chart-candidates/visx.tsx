import { curveLinear, curveStepAfter } from '@visx/curve';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import { FAMILY_COLOUR, type LineProps, type StripProps, type TalkProps } from './data';
import { lineFrame, stepsFrame, stripFrame, talkFrame } from './frames';

export function AskTellStrip(props: StripProps) {
  const x = scaleBand({ domain: props.points.map((p) => p.reply), range: [0, 320], padding: 0.15 });
  return stripFrame(
    props,
    <svg width={320} height={48} aria-hidden="true">
      {props.points.map((p) => (
        <Bar key={p.reply} x={x(p.reply)} y={p.family === 'ask' ? 4 : 20} width={x.bandwidth()} height={16} fill={FAMILY_COLOUR[p.family]} />
      ))}
    </svg>,
  );
}

export function DelegationSteps(props: StripProps) {
  const x = scaleLinear({ domain: [1, props.points.length], range: [10, 310] });
  const y = scaleLinear({ domain: [0, 7], range: [92, 8] });
  const read = props.points.filter((p) => p.level !== null);
  return stepsFrame(
    props,
    <svg width={320} height={100} aria-hidden="true">
      <Group>
        <LinePath data={read} x={(p) => x(p.reply)} y={(p) => y(p.level!)} curve={curveStepAfter} stroke="#333" />
        {read.map((p) => (
          <circle key={p.reply} cx={x(p.reply)} cy={y(p.level!)} r={p.takeover ? 5 : 3} />
        ))}
      </Group>
    </svg>,
  );
}

export function TalkShareBar(props: TalkProps) {
  const x = scaleLinear({ domain: [0, props.leader + props.other || 1], range: [0, 320] });
  return talkFrame(
    props,
    <svg width={320} height={24} aria-hidden="true">
      <Bar x={0} y={2} width={320} height={20} fill="#c9ced6" />
      <Bar x={0} y={2} width={x(props.leader)} height={20} fill="#2b5fd9" />
    </svg>,
  );
}

export function LineChart(props: LineProps) {
  const x = scaleLinear({ domain: [0, Math.max(props.points.length - 1, 1)], range: [10, 310] });
  const y = scaleLinear({ domain: [0, props.max], range: [80, 6] });
  const known = props.points.map((p, i) => ({ ...p, i })).filter((p) => p.value !== null);
  return lineFrame(
    props,
    <svg width={320} height={90} aria-hidden="true">
      <LinePath data={known} x={(p) => x(p.i)} y={(p) => y(p.value!)} curve={curveLinear} stroke="#333" />
    </svg>,
  );
}
