import type { Span } from './types';

// Text plumbing for the scorer. Everything here keeps character offsets intact, so spans found
// in the normalised text point at the same characters in the leader's original reply.

/** What transcribers write in brackets instead of speech ("(laughs)", "[pause]"): nobody's words. */
export const TRANSCRIBER_NOTES: readonly string[] = [
  'laugh', 'laughs', 'laughing', 'laughter', 'pause', 'pauses', 'long pause', 'sigh', 'sighs', 'chuckle', 'chuckles', 'smile', 'smiles',
  'cough', 'coughs', 'inaudible', 'crosstalk', 'silence', 'quiet', 'quietly', 'softly',
];

/** Each figure of a text, whole: "2019", "3.5", "12:30". */
export const FIGURES = /\d+(?:[.,:]\d+)*/g;

/**
 * Lower-cases and straightens apostrophes without changing the string's length, and always returns a
 * one-byte string (below).
 */
export function normalise(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = normalisedCode(c);
  }
  // String.fromCharCode makes a one-byte string when every code is below 256; in slices, as it takes them as arguments.
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes);
  let out = '';
  for (let at = 0; at < codes.length; at += CHUNK) out += String.fromCharCode.apply(null, codes.slice(at, at + CHUNK));
  return out;
}

// Normalised text is always a one-byte (Latin-1) string, whatever the reply held and however it was
// held. V8 compiles a regex once for one-byte text and again for two-byte text, and the cue lists are
// so large that compiling them twice goes past its budget for optimised regex code: the lists compiled
// second run several times slower for the life of the page or server (measured: replies scored 5-7x
// slower, whichever kind of text came second), and the page froze 1.3 s compiling them. A reply with
// one em dash, curly quote or emoji is two-byte, and so is every slice of it, even one of plain letters
// (a transcript line, a draft once the dash is deleted). So every character beyond Latin-1 is read as
// a one-byte stand-in of the same length: an ellipsis as a full stop (so "…" reads as "..." does), the
// dashes and curly double quotes as the codes Windows-1252 gives them (C1 controls, which typed text
// never holds: a C1 control in a reply reads as OTHER), the other spaces as a no-break space, line and
// paragraph separators as a carriage return (to the sentence splitter neither is a line break, both are
// \s, "." matches neither), and everything else as OTHER, a character no pattern names. Patterns that
// look for a dash or a curly double quote name both it and its stand-in.
const CHUNK = 8192;
const APOSTROPHE = 0x27;
const EN_DASH = 0x96;
const EM_DASH = 0x97;
const FULL_STOP = 0x2e;
const OPENING_DOUBLE_QUOTE = 0x93;
const CLOSING_DOUBLE_QUOTE = 0x94;
const OTHER = 0x9f;
const CARRIAGE_RETURN = 0x0d;
const NO_BREAK_SPACE = 0xa0;

/** Each code below 256 as normalised: lower case, the backtick and acute accent typed for an apostrophe, C1 controls as OTHER. */
const LATIN1_LOWER = Uint8Array.from({ length: 0x100 }, (_, c) => {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 0x20;
  if (c === 0x60 || c === 0xb4) return APOSTROPHE;
  return c >= 0x80 && c < 0xa0 ? OTHER : c;
});

const STAND_INS = new Map<number, number>([
  [0x2018, APOSTROPHE],
  [0x2019, APOSTROPHE],
  [0x02bc, APOSTROPHE],
  [0x2013, EN_DASH],
  [0x2014, EM_DASH],
  [0x2026, FULL_STOP],
  [0x201c, OPENING_DOUBLE_QUOTE],
  [0x201d, CLOSING_DOUBLE_QUOTE],
  [0x2028, CARRIAGE_RETURN],
  [0x2029, CARRIAGE_RETURN],
  ...[0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff].map((space) => [space, NO_BREAK_SPACE] as [number, number]),
]);

/** One character as normalise() reads it: what the echo reads a previous turn by, without making its normalised copy. */
export const normalisedCode = (c: number): number => (c < 0x100 ? LATIN1_LOWER[c] : beyondLatin1(c));

function beyondLatin1(c: number): number {
  const standIn = STAND_INS.get(c);
  if (standIn !== undefined) return standIn;
  // As toLowerCase() reads it: a few signs lower-case into Latin-1 (the kelvin sign is "k"); any other letter, and one that
  // lower-cases to two code units, is OTHER.
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 && lower.charCodeAt(0) < 0x100 ? LATIN1_LOWER[lower.charCodeAt(0)] : OTHER;
}

/** A hyphen, en dash or em dash, in the reply or in normalised text. */
export const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === EN_DASH || c === EM_DASH;

/** A curly double quote, in the reply or in normalised text. */
export const isCurlyDoubleQuote = (c: number): boolean => c === 0x201c || c === 0x201d || c === OPENING_DOUBLE_QUOTE || c === CLOSING_DOUBLE_QUOTE;

// A sentence ends at . ! ? (runs of them, an ellipsis being a full stop in normalised text, plus closing quotes/brackets) before a space or the end,
// at a semicolon, or at a line break. Abbreviations such as "e.g." or "Mr." do not end one.
const BOUNDARY = /[.!?]+["')\]\u201d\x94]*(?=\s|$)|;|\n+/g;
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
