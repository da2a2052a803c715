import type { Band } from './types';

// Band thresholds for the session scorecard (RUBRIC.md §3). They are named so the UI, the docs and
// the tests quote the same numbers; `bandRule` strings are built from them, never typed twice.

/** Ask ratio: minimum ratio for bands 5, 4, 3, 2 (below the last: band 1). */
export const ASK_RATIO_BANDS = [0.8, 0.65, 0.5, 0.35] as const;
/** Open-question share: minimum share for bands 5, 4, 3, 2. */
export const OPEN_QUESTION_BANDS = [0.7, 0.5, 0.35, 0.2] as const;
/** Talk share: maximum leader share of words for bands 5, 4, 3, 2 (the leader should talk less). */
export const TALK_SHARE_BANDS = [0.4, 0.5, 0.6, 0.7] as const;
/** Patience: minimum leader turns before the first solution for bands 4, 3, 2 ("never" is 5; 0 turns is 1). */
export const PATIENCE_BANDS = [3, 2, 1] as const;
/** Band for the final delegation level 0..7 ('none': no decision in play). */
export const DELEGATION_LEVEL_BANDS: Record<number, Band> = { 0: 1, 1: 2, 2: 2, 3: 3, 4: 4, 5: 5, 6: 5, 7: 5 };
export const DELEGATION_NONE_BAND: Band = 3;
/** Bands lost when the leader took the task back at any point (never below 1). */
export const TAKEOVER_PENALTY = 1;
export const IDEAS_BANDS = { elicited: 5, afterLeader: 2, notSurfacedNoSolution: 2, notSurfaced: 1, unknown: 3 } as const satisfies Record<string, Band>;
export const OWNERSHIP_BANDS = { persona: 5, nobody: 2, leader: 1 } as const satisfies Record<string, Band>;
/** Band for a ratio that cannot be measured (no moves of the kind counted). */
export const UNMEASURED_BAND: Band = 3;

/** Band for `value` when higher is better: 5 if >= thresholds[0], 4 if >= thresholds[1] ... else 1. */
export function bandAtLeast(value: number, thresholds: readonly number[]): Band {
  const i = thresholds.findIndex((t) => value >= t);
  return (i === -1 ? 5 - thresholds.length : 5 - i) as Band;
}

/** Band for `value` when lower is better: 5 if <= thresholds[0] ... else 1. */
export function bandAtMost(value: number, thresholds: readonly number[]): Band {
  const i = thresholds.findIndex((t) => value <= t);
  return (i === -1 ? 5 - thresholds.length : 5 - i) as Band;
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** "5: >= 80%, 4: >= 65%, 3: >= 50%, 2: >= 35%, 1: below". */
export function ruleText(thresholds: readonly number[], op: '>=' | '<=', fmt: (x: number) => string = pct): string {
  const parts = thresholds.map((t, i) => `${5 - i}: ${op} ${fmt(t)}`);
  return `${parts.join(', ')}, ${5 - thresholds.length}: ${op === '>=' ? 'below' : 'above'}`;
}
