/** The `q` quantile (0..1) of ascending `sorted` values, nearest rank: the rubric and web meter benches read theirs alike. */
export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
