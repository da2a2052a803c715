import { ChartFrame, ChartTable } from '@web/components/charts/chart-frame';
import type { ReactNode } from 'react';
import type { LineProps, StripProps, TalkProps } from './data';

// The same title, summary and table toggle around every candidate's drawing, so the sizes compare
// only what draws the charts.

export const stripFrame = ({ points }: StripProps, chart: ReactNode) => (
  <ChartFrame title="Ask or tell, reply by reply" summary={`${points.length} replies`} chart={chart} table={<ChartTable head={['Reply', 'Ask or tell']} rows={points.map((p) => ({ key: p.reply, cells: [p.reply, p.family] }))} />} />
);
export const stepsFrame = ({ points }: StripProps, chart: ReactNode) => (
  <ChartFrame title="Delegation level" summary={`${points.length} replies`} chart={chart} table={<ChartTable head={['Reply', 'Level']} rows={points.map((p) => ({ key: p.reply, cells: [p.reply, p.level ?? '–'] }))} />} />
);
export const talkFrame = ({ leader, other, otherName }: TalkProps, chart: ReactNode) => (
  <ChartFrame title="Talk share" summary={`${leader} of ${leader + other}`} chart={chart} table={<ChartTable head={['Speaker', 'Words']} rows={[{ key: 'you', cells: ['You', leader] }, { key: 'o', cells: [otherName, other] }]} />} />
);
export const lineFrame = ({ title, points, format }: LineProps, chart: ReactNode) => (
  <ChartFrame title={title} summary={`${points.length} sessions`} chart={chart} table={<ChartTable head={['Session', title]} rows={points.map((p, i) => ({ key: i, cells: [p.label, p.value === null ? '–' : format(p.value)] }))} />} />
);
