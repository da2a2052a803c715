// The app's own charts, as shipped: the baseline every library is compared with.
export { AskTellStrip, DelegationSteps, TalkShareBar } from '@web/components/charts/reply-charts';
export { LineChart } from '@web/components/charts/line-chart';
