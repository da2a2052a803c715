import { Bar } from '@nivo/bar';
import { Line } from '@nivo/line';
import { FAMILY_COLOUR, type LineProps, type StripProps, type TalkProps } from './data';
import { lineFrame, stepsFrame, stripFrame, talkFrame } from './frames';

export const AskTellStrip = (props: StripProps) =>
  stripFrame(
    props,
    <Bar
      width={320}
      height={60}
      data={props.points.map((p) => ({ reply: String(p.reply), v: p.family === 'ask' ? 1 : p.family === 'tell' ? -1 : 0.3, family: p.family }))}
      keys={['v']}
      indexBy="reply"
      colors={(bar) => FAMILY_COLOUR[bar.data.family as keyof typeof FAMILY_COLOUR]}
      animate={false}
    />,
  );

export const DelegationSteps = (props: StripProps) =>
  stepsFrame(
    props,
    <Line
      width={320}
      height={100}
      data={[{ id: 'level', data: props.points.map((p) => ({ x: p.reply, y: p.level })) }]}
      curve="stepAfter"
      yScale={{ type: 'linear', min: 0, max: 7 }}
      animate={false}
    />,
  );

export const TalkShareBar = (props: TalkProps) =>
  talkFrame(
    props,
    <Bar width={320} height={30} layout="horizontal" data={[{ s: 'talk', you: props.leader, other: props.other }]} keys={['you', 'other']} indexBy="s" animate={false} />,
  );

export const LineChart = (props: LineProps) =>
  lineFrame(
    props,
    <Line width={320} height={90} data={[{ id: props.title, data: props.points.map((p, i) => ({ x: i + 1, y: p.value })) }]} yScale={{ type: 'linear', min: 0, max: props.max }} animate={false} />,
  );
