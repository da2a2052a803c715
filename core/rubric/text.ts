import type { Span } from './types';

// Text plumbing for the scorer. Everything here keeps character offsets intact, so spans found
// in the normalised text point at the same characters in the leader's original reply.

const CURLY = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/** What transcribers write in brackets instead of speech ("(laughs)", "[pause]"): nobody's words. */
export const TRANSCRIBER_NOTES: readonly string[] = [
  'laugh', 'laughs', 'laughing', 'laughter', 'pause', 'pauses', 'long pause', 'sigh', 'sighs', 'chuckle', 'chuckles', 'smile', 'smiles',
  'cough', 'coughs', 'inaudible', 'crosstalk', 'silence', 'quiet', 'quietly', 'softly',
];

/** Lower-cases and straightens apostrophes without changing the string's length. */
/** Each figure of a text, whole: "2019", "3.5", "12:30". */
export const FIGURES = /\d+(?:[.,:]\d+)*/g;

export function normalise(text: string): string {
  const straight = text.replace(CURLY, "'");
  const lower = straight.toLowerCase();
  if (lower.length === straight.length) return lower;
  // A few Unicode letters lower-case to two code units; fall back char by char to keep offsets.
  let out = '';
  for (const ch of straight) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// A sentence ends at . ! ? … (runs of them, plus closing quotes/brackets) before a space or the end,
// at a semicolon, or at a line break. Abbreviations such as "e.g." or "Mr." do not end one.
const BOUNDARY = /[.!?\u2026]+["')\]\u201d]*(?=\s|$)|;|\n+/g;
const ABBREVIATION = /(?:^|[\s(])(?:mr|mrs|ms|dr|prof|e\.g|i\.e|etc|vs|approx|jr|sr|fig|cf)$/;

/** Splits text into trimmed sentence spans. */
export function sentences(text: string, lower: string = normalise(text)): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(lower); m; m = BOUNDARY.exec(lower)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATION.test(lower.slice(Math.max(start, m.index - 8), m.index))) {
      continue;
    }
    push(text, start, m[0][0] === '\n' || m[0] === ';' ? m.index : end, out);
    start = end;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Span of `[start, end)` in `text`, trimmed of surrounding spaces and punctuation. */
export function spanOf(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:.!?—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}
