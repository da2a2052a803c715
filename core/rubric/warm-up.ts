import { RULES } from './classify';
import { scoreReply } from './score-reply';

// The scorer's regular expressions are compiled by V8 the first time each one runs, and the first
// call pays for all of them (~100-170 ms). The web page calls `warmUpRubric()` when idle (e.g.
// requestIdleCallback after the practice screen mounts) so the first keystroke does not.

// Every classifier rule carries an example that reaches it (a test checks each does), so scoring
// the examples runs every check in classify.ts; the delegation signals run on every reply, and the
// last samples add the hand-over levels.
const SAMPLES: readonly [string, string?][] = [
  ...RULES.map((rule): [string, string?] => [rule.example, rule.previousTurn]),
  ["It's your call, just let me know. Let's decide together. Give me your view and I'll decide, because it's safer.", undefined],
  ["My two cents: ship it, but it's yours. I trust you to handle it.", undefined],
];

/** Compiles and warms every pattern the scorer uses; returns the milliseconds it took. */
export function warmUpRubric(): number {
  const started = performance.now();
  for (let round = 0; round < 3; round++) {
    for (const [text, previousTurn] of SAMPLES) scoreReply(text, previousTurn ? { previousTurn } : undefined);
  }
  return performance.now() - started;
}
