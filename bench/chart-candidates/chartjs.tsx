import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import { FAMILY_COLOUR, type LineProps, type StripProps, type TalkProps } from './data';
import { lineFrame, stepsFrame, stripFrame, talkFrame } from './frames';

// Only what the three charts use is registered, so the rest of Chart.js is tree-shaken away.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

export const AskTellStrip = (props: StripProps) =>
  stripFrame(
    props,
    <Bar
      data={{
        labels: props.points.map((p) => p.reply),
        datasets: [{ data: props.points.map((p) => (p.family === 'ask' ? 1 : p.family === 'tell' ? -1 : 0.3)), backgroundColor: props.points.map((p) => FAMILY_COLOUR[p.family]) }],
      }}
      options={{ animation: false, plugins: { legend: { display: false } } }}
    />,
  );

export const DelegationSteps = (props: StripProps) =>
  stepsFrame(
    props,
    <Line
      data={{
        labels: props.points.map((p) => p.reply),
        datasets: [{ data: props.points.map((p) => p.level), stepped: 'after', spanGaps: true, pointRadius: props.points.map((p) => (p.takeover ? 5 : 3)) }],
      }}
      options={{ animation: false, scales: { y: { min: 0, max: 7 } } }}
    />,
  );

export const TalkShareBar = (props: TalkProps) =>
  talkFrame(
    props,
    <Bar
      data={{ labels: ['talk'], datasets: [{ data: [props.leader], backgroundColor: '#2b5fd9' }, { data: [props.other], backgroundColor: '#c9ced6' }] }}
      options={{ indexAxis: 'y', animation: false, scales: { x: { stacked: true }, y: { stacked: true } } }}
    />,
  );

export const LineChart = (props: LineProps) =>
  lineFrame(
    props,
    <Line data={{ labels: props.points.map((p) => p.label), datasets: [{ data: props.points.map((p) => p.value), spanGaps: true }] }} options={{ animation: false, scales: { y: { min: 0, max: props.max } } }} />,
  );
