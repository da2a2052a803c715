import type { ReplyPoint } from '@core/rubric/reply-series';

// The props each candidate draws: the same as the app's charts (web/src/components/charts).
export type StripProps = { points: ReplyPoint[] };
export type TalkProps = { leader: number; other: number; otherName: string };
export type LineProps = { title: string; points: { label: string; value: number | null }[]; max: number; format(v: number): string };

export const FAMILY_COLOUR = { ask: '#1b7f5a', tell: '#b4462f', other: '#8a94a3' } as const;
