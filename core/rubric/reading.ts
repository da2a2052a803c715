import type { MoveKind } from './types';
import * as moveCues from './move-cues';
import { isCurlyDoubleQuote, isDash } from './text';

// How a sentence's reading is built and the small text checks every rule shares. Module-level
// functions, not closures made per sentence: the scorer runs on every keystroke.

const { HEDGE_OPENER, LEADING_FILLER, REPORTED_BEFORE } = moveCues;

export interface SentenceReading {
  kind: MoveKind;
  /** Offsets (in the reply) of the words that earned the label. */
  cue: { start: number; end: number };
  reason: string;
  /** Id of the rule that gave the reading (see RULES). */
  rule: string;
}

/** A sentence cut off at a dash ("so you were-"): an unfinished fragment of a transcript. Read from the end, not by an unanchored regex. */
export function endsCutOff(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 32) i--;
  return isDash(s.charCodeAt(i));
}

/**
 * The first match of cue `re` in `s` at or after `from` that `accept` takes, so a cue that does not
 * count ("told you to ...") does not hide a later one that does. Most sentences have no match at
 * all: they pay one plain `exec`, and only a refused match goes on with the global copy `again`.
 */
export function firstCue(re: RegExp, again: RegExp, s: string, from: number, accept: (s: string, m: RegExpExecArray) => boolean): RegExpExecArray | null {
  let found = re.exec(s);
  if (!found || (found.index >= from && accept(s, found))) return found;
  again.lastIndex = found.index >= from ? found.index + 1 : from;
  for (found = again.exec(s); found; found = again.exec(s)) {
    if (accept(s, found)) return found;
    again.lastIndex = found.index + 1;
  }
  return null;
}
/** The leader's own words, not words they report or quote ("being told you have to redo it", 'the line was "sort it out"'). */
// Only the 80 characters before the cue can report it ("being told you have to", "it feels like something you"): a bounded tail keeps the test cheap on long replies.
export const ownWords = (s: string, m: RegExpExecArray): boolean => {
  const before = s.slice(Math.max(0, m.index - 80), m.index);
  return (!REPORTED_BEFORE.test(before) || THEIR_ACCOUNT_FRAME.test(before)) && !insideQuotes(s, m.index);
};
/** "From what you've said, ...", "Going by what you told me, ...": their account as the ground of the leader's own words, which follow. */
const THEIR_ACCOUNT_FRAME = /\b(?:from|going (?:by|off)|based on|given|judging (?:by|from)) what (?:you|u)(?:'ve| have)? (?:just )?(?:said|told me|told us|described|mentioned|shared|explained)[\s,:]*$/;

/** The leader's own offer, not a road they did not take: "I could have written this post myself" takes nothing back. */
export const ownOffer = (s: string, m: RegExpExecArray): boolean => ownWords(s, m) && !COUNTERFACTUAL.test(m[0]);
const COUNTERFACTUAL = /\b(?:could|would|might|should)(?:n'?t)?(?: have|'ve)\b/;

/** The leader's own suggestion, not a comparison: "You handled it better than I would have" praises. */
export const ownSuggestion = (s: string, m: RegExpExecArray): boolean => ownWords(s, m) && !AFTER_THAN.test(s.slice(Math.max(0, m.index - 6), m.index));
const AFTER_THAN = /\bthan $/;

function insideQuotes(s: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    // Straight double quotes and curly quotes; a straight single quote only when it opens a word after a space.
    if (c === 34 || isCurlyDoubleQuote(c)) open = !open;
    else if (c === 39 && (i === 0 || s.charCodeAt(i - 1) === 32) && i + 1 < s.length && s.charCodeAt(i + 1) !== 32) open = true;
    else if (c === 39 && open && (i + 1 === s.length || !/[a-z]/.test(s[i + 1]))) open = false;
  }
  return open;
}


export function read(text: string, kind: MoveKind, start: number, end: number, why: string, rule = ''): SentenceReading {
  return { kind, cue: { start, end }, reason: `${why}: "${text.slice(start, end)}"`, rule };
}

/** A reading whose cue is the match `m` found in a string starting at reply offset `offset`. */
export function readMatch(text: string, kind: MoveKind, m: RegExpExecArray, offset: number, why: string, rule = ''): SentenceReading {
  const start = offset + m.index;
  return read(text, kind, start, start + m[0].length, why, rule);
}

/**
 * The sentence's last character before any closing quotes or brackets: "?" for `Is it "done"?)`.
 * Read from the end instead of by an unanchored regex (/\?["')\]]*$/), which tries every offset.
 */
export function lastMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i])) i--;
  return i >= 0 ? s[i] : '';
}
const CLOSERS = `"')]`;
export const isFullStopOrBang = (mark: string): boolean => mark === '.' || mark === '!';

export const isCapital = (code: number): boolean => code >= 65 && code <= 90;

/**
 * Whether `body` has at most `n` words (runs of a-z, 0-9 and the apostrophe); stops counting at word
 * n + 1. Read by character codes: a regex exec per word allocated a match each time.
 */
export function hasAtMostWords(body: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const wordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
    if (wordChar && !inWord && ++count > n) return false;
    inWord = wordChar;
  }
  return true;
}

export const hasAtMostTwoWords = (body: string): boolean => hasAtMostWords(body, 2);

/** What may follow a "so" that gives back their words (REFLECTION's "so ..." cues). */
const SO_MAY_REFLECT = /^(?:you|youre|u|your|ur|it|its(?= not\b)|the|what|that|part|this|basically|essentially|for you|they|there|on one|if|just|to|let me|he|she|everyone|everybody|nobody|things|something|nothing|when|now|all|both|even|not|(?:we'?re|we are) (?:agreed|saying|clear)|(?:i'?m|i am) (?:clear|understanding|hearing|getting|reading|right)|[a-z]+ing)\b/;

/** What may follow "so basically" that gives back their words: only them ("so basically you're doing all the caring"). */
const SO_BASICALLY_THEM = /^(?:you|youre|u|your|ur)\b/;
/** A "so", or "so basically", that ends the fillers skipped: group 1 says which. */
const SO_LAST = /\bso( (?:basically|essentially))?[\s,]*$/;

/** Offset of the sentence's body after fillers ("okay, so") and hedging openers ("sorry, but"). */
export function skipFillers(s: string): number {
  // A transcript line may open with the dash that continues the previous one: "- and then ...".
  let at = 0;
  while (at < s.length && (isDash(s.charCodeAt(at)) || s[at] === ' ' || s[at] === '.')) at++;
  if (at === s.length) at = 0;
  for (;;) {
    const rest = s.slice(at);
    const m = LEADING_FILLER.exec(rest) ?? HEDGE_OPENER.exec(rest);
    if (!m || m[0].length === 0 || m[0].length >= rest.length) return at;
    // Keep "so" when it may open a reflection ("So you're worried...": the reflection's own cue);
    // before anything else ("so we've got ten minutes left", "so let's ...") it is a filler.
    // "so basically you're doing all the caring" keeps its "so basically" (a cue) too, but only before them:
    // "so basically when your body can't use insulin, ..." explains.
    const so = SO_LAST.exec(m[0]);
    if (so && (so[1] ? SO_BASICALLY_THEM : SO_MAY_REFLECT).test(rest.slice(m[0].length))) return at + so.index;
    at += m[0].length;
  }
}

