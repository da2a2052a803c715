import { gated } from './cue-gate';

// Builds the scorer's regular expressions from readable alternatives. Shorthands in braces stand for
// the spellings leaders actually type: "{YOU}" matches "you", chat-style "u", and "youre" (typed without
// its apostrophe) before a space; "{ILL}" matches "I'll", "Ill", "I will", "I'm going to"... Text is
// normalised (lower case, straight apostrophes) before matching, so patterns are lower case.

const SHORTHANDS: Record<string, string> = {
  YOU: "(?:you(?:re(?= ))?|u|ya)",
  YOUR: '(?:your|ur|yr)',
  YOURE: "(?:you'?re|you are|ur|u r|youre)",
  YOUVE: "(?:you'?ve|you have|youve)",
  YOUD: "(?:you'?d|you would)",
  ILL: "(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|im going to|im gonna)",
  ID: "(?:i'?d|i would)",
  IM: "(?:i'?m|i am|im)",
  IVE: "(?:i'?ve|i have|ive)",
  DONT: "(?:don'?t|do not|dont)",
  LETS: "(?:let'?s|let us|lets)",
  ITS: "(?:it'?s|it is|its)",
  THATS: "(?:that'?s|that is|thats)",
  WERE: "(?:we'?re|we are|were)",
  WELL: "(?:we'?ll|we will)",
  NEG: "(?:n'?t| not)",
};

// "{YOU} " also admits a contraction straight after: "{YOU} (?:'re going to|will)" matches "you're going to".
const expand = (alt: string): string => alt.replace(/\{YOU\} /g, "{YOU}(?: |(?='))").replace(/\{([A-Z]+)\}/g, (_, k: string) => {
  const s = SHORTHANDS[k];
  if (!s) throw new Error(`unknown shorthand {${k}}`);
  return s;
});

// Lists this long run behind the cue gate (cue-gate.ts); shorter ones cost less than asking it.
const GATED_FROM = 200;

/** One regex from a list of alternatives, each a whole-word match; `anchored` ties them to the start. */
export function cues(alternatives: readonly string[], anchored = false): RegExp {
  const expanded = alternatives.map(expand);
  const body = expanded.join('|');
  const re = new RegExp(anchored ? `^(?:${body})(?!\\w)` : `\\b(?:${body})(?!\\w)`);
  return re.source.length >= GATED_FROM ? gated(re, expanded) : re;
}

/** Words joined by "|" for use inside an alternative, e.g. `(?:${words(VERBS)})`. */
export const words = (list: readonly string[]): string => list.join('|');

/** A non-capturing group of alternatives, one per list entry: `oneOf(['a', 'b'])` is `(?:a|b)`. */
export const oneOf = (list: readonly string[]): string => `(?:${list.join('|')})`;

/**
 * Alternatives written one per line in a raw template (list`\na\nb\n`): the same as ['a', 'b'], but
 * without quotes and commas, which the browser bundle would otherwise carry for every one of them.
 * Raw, so a regex escape is written as in a regex (`\b`, not '\\b'); `${...}` parts are spliced in as written.
 */
export const list = (lines: TemplateStringsArray, ...parts: string[]): readonly string[] =>
  String.raw({ raw: lines.raw }, ...parts)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(notAComment);

/** A "//" line inside a list would become an alternative of its regex, not a comment: refuse it where it is written. */
function notAComment(line: string): string {
  if (line.trimStart().startsWith('//')) throw new Error(`a comment inside a list\`...\` is read as an alternative: ${line.trim()}`);
  return line;
}
