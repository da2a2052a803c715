import { cueGateBuilds, isGated } from './cue-gate';
import * as delegationCues from './delegation-cues';
import * as moveCues from './move-cues';
import { scoreReply } from './score-reply';
import * as sentenceWords from './sentence-words';

// The scorer's regular expressions are compiled by V8 the first time each one runs, and the first
// call pays for all of them (~500 ms cold; the warm-up itself ~150 ms once the code is loaded). The web
// page runs `createWarmUp()` a slice at a time in its idle time after the practice screen mounts, so
// the first keystroke does not pay, and neither does a reply streaming in meanwhile.

// Every cue is run directly, twice (V8 first interprets a pattern, then compiles it to machine code),
// so no cue waits for a reply that happens to reach it. A list behind the cue gate builds its automaton
// instead (in Node it runs as its alternatives, small regexes compiled when first needed, and its whole
// regex never runs), or where it has none (the page) is compiled like the rest. Then replies of every
// kind warm the classifier's own code and the patterns local to it: sixty rounds of them, not three.
// V8 optimises a function once it has run enough, and the code that runs once a reply (reading the
// reply's delegation, the learned checks) was still being optimised thousands of replies into real use:
// bench:rubric's timed calls, after three rounds of its own corpus, had p99 0.089-0.144 ms (median 0.099)
// with three rounds here and 0.087-0.094 ms (median 0.089) with sixty, in eight alternating runs each;
// the warm-up takes about 25 ms more (medians 92 -> 117 ms); the page's, in idle slices, is still mostly compiling
// (bench:web's warm_up_ms_total 465-536 ms before, 498-540 after, two runs each).
const PATTERNS: readonly RegExp[] = [
  ...new Set([moveCues, delegationCues, sentenceWords].flatMap((module) => Object.values(module).filter((value): value is RegExp => value instanceof RegExp))),
];
const REGEX_EXEC = RegExp.prototype.exec;
const PROBE = "so you're saying it's yours, and I'd call them first - what do you think?";

function compile(pattern: RegExp): void {
  // The regex's own exec, past the cue gate (cue-gate.ts) where the page has one.
  REGEX_EXEC.call(pattern, PROBE);
  REGEX_EXEC.call(pattern, PROBE);
  // None is global today; one that were would keep the probe's position and misread the next sentence.
  pattern.lastIndex = 0;
}

const REPLIES: readonly [string, string?][] = [
  ['What options do you see? Did you email them? Have you tried calling instead?', 'The vendor slipped again.'],
  ["So the vendor slipped twice and you're worried. That sounds exhausting.", "They've slipped twice and I'm worried about the launch."],
  ['You should loop in legal. Send me the plan by Friday. Leave it with me, I will sort it out.', undefined],
  ['Thanks for flagging it early, smart catch. Mm-hmm. Right, talk soon!', undefined],
  ["It's your call, just let me know. Let's decide together. Give me your view and I'll decide, because it's safer.", undefined],
  ["My two cents: ship it, but it's yours. I trust you to handle it. If the client stalls, escalate to procurement.", undefined],
  ["Twenty years is a long time. Anyone would feel stretched by that. You'll handle it, I'm sure.", 'About twenty years now.'],
  ["A weekly check-in can keep the team calmer. Your utilisation came in at 62% last quarter. Tell me about the rota -", undefined],
];

const WARM_UP_ROUNDS = 60;

/** One step per warm-up reply; the rounds below repeat these steps. */
const REPLY_STEPS: readonly (() => void)[] = REPLIES.map(([text, previousTurn]) => () => void scoreReply(text, previousTurn ? { previousTurn } : undefined));

/** The warm-up in small steps: one cue (run twice), the cue gate's automata, then one reply per step, sixty rounds of them. */
const STEPS: readonly (() => void)[] = [
  ...PATTERNS.filter((pattern) => !isGated(pattern)).map((pattern) => () => compile(pattern)),
  ...cueGateBuilds(compile),
  ...Array.from({ length: WARM_UP_ROUNDS }, () => REPLY_STEPS).flat(),
];

/** Compiles and warms every pattern the scorer uses; returns the milliseconds it took. */
export function warmUpRubric(): number {
  const started = performance.now();
  for (const step of STEPS) step();
  return performance.now() - started;
}

/** A warm-up run a slice at a time, so the page never stops for the whole of it at once. */
export interface WarmUp {
  readonly done: boolean;
  /** Runs steps while `more()`, asked after each, says there is time, and always at least one; returns whether the warm-up is done. */
  run(more: () => boolean): boolean;
}

/**
 * The warm-up as slices for the page's idle time: all of it at once blocks the page for 150 ms or more
 * (in Chromium on this machine about 0.9 s, most of it compiling the largest cue lists), long enough to
 * freeze a reply that is streaming in.
 */
export function createWarmUp(): WarmUp {
  let next = 0;
  return {
    get done() {
      return next >= STEPS.length;
    },
    run(more) {
      while (next < STEPS.length) {
        STEPS[next++]();
        if (next >= STEPS.length || !more()) break;
      }
      return next >= STEPS.length;
    },
  };
}

/** How many steps the warm-up takes (its test counts them). */
export const warmUpStepCount = (): number => STEPS.length;

/** How many patterns the warm-up runs directly (its test checks none is missed). */
export const warmedPatterns = (): number => PATTERNS.length;
