import { scoreReply } from './score-reply';

// The scorer's regular expressions are compiled by V8 the first time each one runs, and the first
// call pays for all of them (~100-170 ms). The web page calls `warmUpRubric()` when idle (e.g.
// requestIdleCallback after the practice screen mounts) so the first keystroke does not.

// Replies that between them reach every check in classify.ts and delegation.ts.
const SAMPLES: [string, string?][] = [
  ['Okay so what options do you see? Did you email them? Have you tried calling them? Maybe try the API?', 'I emailed the vendor twice.'],
  ["You should loop in legal. I'd push it a week. Send me the plan by Friday. We're going with vendor B.", undefined],
  ["Leave it with me, I'll handle the client. Thanks for flagging this early, that's a smart catch.", undefined],
  ['It sounds like you feel stuck. So the vendor slipped twice. The weekends are the hardest.', 'The vendor slipped twice and weekends are awful.'],
  ['In my experience clients hate surprises. Hi Sam. Mm-hmm. Take your time.', undefined],
  ["It's your call, just let me know. Let's decide together. Give me your view and I'll decide, because it's safer.", undefined],
  ["I know you're keen, but can you send the deck today please? Is that something you'd want to work on?", 'I want to work on it.'],
];

/** Compiles and warms every pattern the scorer uses; returns the milliseconds it took. */
export function warmUpRubric(): number {
  const started = performance.now();
  for (let round = 0; round < 3; round++) {
    for (const [text, previousTurn] of SAMPLES) scoreReply(text, previousTurn ? { previousTurn } : undefined);
  }
  return performance.now() - started;
}
