import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import type { LineProps, StripProps, TalkProps } from './data';
import { lineFrame, stepsFrame, stripFrame, talkFrame } from './frames';

// uPlot draws on a canvas, imperatively: one small React wrapper mounts each plot.
function Plot({ opts, data }: { opts: Omit<uPlot.Options, 'width' | 'height'> & { height: number }; data: uPlot.AlignedData }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const plot = new uPlot({ width: 320, ...opts }, data, box.current!);
    return () => plot.destroy();
  }, [opts, data]);
  return <div ref={box} />;
}
const bars = uPlot.paths.bars!({ size: [0.8] });
const steps = uPlot.paths.stepped!({ align: 1 });

export const AskTellStrip = (props: StripProps) =>
  stripFrame(
    props,
    <Plot
      opts={{ height: 60, series: [{}, { paths: bars, fill: '#1b7f5a' }], legend: { show: false } }}
      data={[props.points.map((p) => p.reply), props.points.map((p) => (p.family === 'ask' ? 1 : p.family === 'tell' ? -1 : 0.3))]}
    />,
  );

export const DelegationSteps = (props: StripProps) =>
  stepsFrame(
    props,
    <Plot
      opts={{ height: 100, scales: { y: { range: [0, 7] } }, series: [{}, { paths: steps, spanGaps: true, points: { size: 6 } }], legend: { show: false } }}
      data={[props.points.map((p) => p.reply), props.points.map((p) => p.level)]}
    />,
  );

export const TalkShareBar = (props: TalkProps) =>
  talkFrame(props, <Plot opts={{ height: 30, series: [{}, { paths: bars, fill: '#2b5fd9' }], legend: { show: false } }} data={[[0], [props.leader / (props.leader + props.other || 1)]]} />);

export const LineChart = (props: LineProps) =>
  lineFrame(
    props,
    <Plot opts={{ height: 90, scales: { y: { range: [0, props.max] } }, series: [{}, { spanGaps: true }], legend: { show: false } }} data={[props.points.map((_, i) => i + 1), props.points.map((p) => p.value)]} />,
  );
