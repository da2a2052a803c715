// Splits a text into plain and highlighted pieces from `[start, end)` spans (rubric evidence).

export interface Segment<T> {
  text: string;
  /** The span covering this piece, or null for plain text. */
  mark: T | null;
}

export function segmentText<T extends { start: number; end: number }>(text: string, spans: readonly T[]): Segment<T>[] {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0 && s.start < text.length)
    .slice()
    .sort((a, b) => a.start - b.start);
  const out: Segment<T>[] = [];
  let pos = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, pos); // overlapping spans: the earlier one wins the shared words
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), mark: null });
    out.push({ text: text.slice(start, end), mark: span });
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
  return out;
}
