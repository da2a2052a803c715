import { Bar, BarChart, Cell, Line, LineChart as ReLineChart, ReferenceDot, XAxis, YAxis } from 'recharts';
import { FAMILY_COLOUR, type LineProps, type StripProps, type TalkProps } from './data';
import { lineFrame, stepsFrame, stripFrame, talkFrame } from './frames';

export const AskTellStrip = (props: StripProps) =>
  stripFrame(
    props,
    <BarChart width={320} height={60} data={props.points.map((p) => ({ reply: p.reply, v: p.family === 'ask' ? 1 : p.family === 'tell' ? -1 : 0.3, family: p.family }))}>
      <XAxis dataKey="reply" />
      <Bar dataKey="v">
        {props.points.map((p) => (
          <Cell key={p.reply} fill={FAMILY_COLOUR[p.family]} />
        ))}
      </Bar>
    </BarChart>,
  );

export const DelegationSteps = (props: StripProps) =>
  stepsFrame(
    props,
    <ReLineChart width={320} height={100} data={props.points}>
      <XAxis dataKey="reply" />
      <YAxis domain={[0, 7]} />
      <Line type="stepAfter" dataKey="level" connectNulls isAnimationActive={false} />
      {props.points.filter((p) => p.takeover).map((p) => (
        <ReferenceDot key={p.reply} x={p.reply} y={p.level ?? 0} r={5} fill="#b4462f" />
      ))}
    </ReLineChart>,
  );

export const TalkShareBar = (props: TalkProps) =>
  talkFrame(
    props,
    <BarChart width={320} height={30} layout="vertical" data={[{ name: 'talk', you: props.leader, other: props.other }]}>
      <XAxis type="number" hide />
      <YAxis type="category" dataKey="name" hide />
      <Bar dataKey="you" stackId="a" fill="#2b5fd9" />
      <Bar dataKey="other" stackId="a" fill="#c9ced6" />
    </BarChart>,
  );

export const LineChart = (props: LineProps) =>
  lineFrame(
    props,
    <ReLineChart width={320} height={90} data={props.points}>
      <XAxis dataKey="label" />
      <YAxis domain={[0, props.max]} />
      <Line dataKey="value" connectNulls isAnimationActive={false} />
    </ReLineChart>,
  );
