import { describe, expect, it } from 'vitest';
import { echoes } from '@core/rubric/echo';
import { hasAtMostWords } from '@core/rubric/reading';
import { normalise } from '@core/rubric/text';

// The echo reads a previous turn through normalisedCode() instead of normalising it first, and knows
// words and stems by numbers (echo.ts says why): it must read a turn as typed exactly as its normalised copy.

const TURNS = [
  'I’m WORRIED the Deadlines keep slipping and Priya’s team won’t say why (laughs).',
  "Honestly I've been up since 5am, the rota's a mess and nobody's listening [pause] it's exhausting.",
  'Ça va? Zoë´s ÉQUIPE is under-staffed — the KPI dashboards are late… again. 🙂',
  'Twenty years of this, and the board still wants 3.5% cuts by Q3?',
];
const BODIES = [
  "so you're worried the deadlines keep slipping.",
  "the rota's a mess and it's exhausting.",
  "zoë's équipe is under-staffed.",
  'twenty years is a long time.',
  "nobody's listening to you.",
  'laughs aside, the team is stretched.',
];

describe('the echo of a previous turn', () => {
  it.each(TURNS)('reads "%s" as typed the same as normalised', (turn) => {
    const typed = echoes(turn)!;
    const asTyped = BODIES.map((body) => [typed.overlap(body), typed.echoed(body), typed.raised(body)]);
    const said = ['twenty', 'deadline', 'worry', 'rota', 'listen', 'équipe', 'kpi', 'laugh', 'pause'].map((word) => typed.said(word));
    const normal = echoes(normalise(turn))!;
    expect(BODIES.map((body) => [normal.overlap(body), normal.echoed(body), normal.raised(body)])).toEqual(asTyped);
    expect(['twenty', 'deadline', 'worry', 'rota', 'listen', 'équipe', 'kpi', 'laugh', 'pause'].map((word) => normal.said(word))).toEqual(said);
  });

  it('shares stems, not stop words or transcriber notes', () => {
    const echo = echoes('I’m WORRIED the Deadlines keep slipping (laughs).')!;
    // "worried"/"worry" and "deadlines"/"deadline" share their stems; "the", "keep" ... are counted as theirs or not by stem.
    expect(echo.overlap('so you are worried about the deadline.')).toEqual([2, 2]);
    expect(echo.said('worry')).toBe(true);
    expect(echo.said('slipped')).toBe(true);
    // "laughs" in brackets is the transcriber's, not their word; a stop word is never a content word.
    expect(echo.said('laughs')).toBe(false);
    expect(echo.overlap('they really want that.')).toEqual([0, 0]);
    expect(echo.echoed('deadlines slipping.')).toEqual({ start: 0, end: 18 });
  });
});

describe('hasAtMostWords', () => {
  const WORDS = /[a-z0-9']+/g;
  it.each(["", "  ", "ok", "it's 5 o'clock", "don't   worry,about-it!", "ÉQUIPE mixed Case", "a b c d e f g h i", "zoë's"])('counts "%s" as the regex of words would', (body) => {
    const count = body.match(WORDS)?.length ?? 0;
    for (const n of [0, 1, 2, 3, 5, 8]) expect(hasAtMostWords(body, n)).toBe(count <= n);
  });
});
