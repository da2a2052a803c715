import { describe, expect, it } from 'vitest';
import { segmentText } from '@web/lib/spans';

describe('segmentText', () => {
  const text = 'Hi Sam. What options do you see?';

  it('marks exactly the span words and keeps the rest as plain text', () => {
    const segments = segmentText(text, [{ start: 8, end: 32, id: 'q' }]);
    expect(segments.map((s) => [s.text, s.mark?.id ?? null])).toEqual([
      ['Hi Sam. ', null],
      ['What options do you see?', 'q'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('sorts spans, clamps them to the text and lets the earlier of two overlapping spans win', () => {
    const segments = segmentText(text, [
      { start: 13, end: 99, id: 'b' },
      { start: 0, end: 15, id: 'a' },
    ]);
    expect(segments.map((s) => [s.text, s.mark?.id ?? null])).toEqual([
      ['Hi Sam. What op', 'a'],
      ['tions do you see?', 'b'],
    ]);
  });

  it('ignores empty and out-of-range spans', () => {
    expect(segmentText('Okay.', [{ start: 2, end: 2 }, { start: 9, end: 12 }])).toEqual([{ text: 'Okay.', mark: null }]);
  });
});
