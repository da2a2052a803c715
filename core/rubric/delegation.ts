import type { DelegationLevel, DelegationReading, Move, Span } from './types';
import {
  DELEGATE, INPUT_REQUEST, LEADER_DECIDES_AFTER, OPINION, PERSUASION, REPORT_BACK, TAKEOVER, THEY_DECIDE, TOGETHER,
} from './delegation-cues';
import { delegationName, ownershipOf } from './moves';
import { spanOf } from './text';

// The reply's delegation level (RUBRIC.md §2). Signals are found across the whole reply, then
// weighed from the most to the least explicit: a takeover, then handing the decision over (what
// comes with it sets 5, 6 or 7), deciding together, consulting, and finally the leader's own
// decision, argued (sell) or announced (tell). No signal at all means no decision is in play.

/** Suggestions firm enough to count as the leader's decision; softer ones leave the call to the other. */
const FIRM_ADVICE = /\b(?:should|need to|needs to|must|have to|ought to|had better|'d better|i'?d|i would|the (?:best|right|only)|my (?:suggestion|advice|recommendation)|if i were|trust me)\b/;

export function readDelegation(text: string, lower: string, moves: readonly Move[]): DelegationReading {
  const find = (re: RegExp): Span | null => {
    const m = re.exec(lower);
    return m ? spanOf(text, m.index, m.index + m[0].length) : null;
  };
  const moveOf = (...kinds: Move['kind'][]) => moves.find((m) => kinds.includes(m.kind));
  const moveSpan = (m: Move): Span => m.cue ?? { start: m.start, end: m.end, text: m.text };
  const reading = (level: DelegationLevel, reason: string, ...evidence: (Span | null | undefined)[]): DelegationReading => ({
    level,
    name: delegationName(level),
    ownership: ownershipOf(level),
    evidence: evidence.filter((e, i): e is Span => !!e && evidence.findIndex((o) => o?.start === e.start && o.end === e.end) === i),
    reason,
  });

  // The sentence classifier already looked for takeovers outside questions; only questions are left.
  const takeoverMove = moveOf('takeover');
  const asks = moves.some((m) => m.kind.endsWith('_question'));
  const takeover = takeoverMove ? moveSpan(takeoverMove) : asks ? find(TAKEOVER) : null;
  if (takeover) return reading(0, 'the leader takes the task back', takeover);

  // Signals are looked for lazily, in the order they are weighed: most replies stop early.
  const decide = find(THEY_DECIDE);
  const delegate = find(DELEGATE);
  if (decide || delegate) {
    const report = find(REPORT_BACK);
    const advice = moveOf('advice', 'leading_question');
    const opinion = find(OPINION) ?? (advice && moveSpan(advice));
    if (decide && report) return reading(6, 'the other person decides and reports back', decide, report);
    if (opinion) return reading(5, 'the leader offers a view; the other person decides', opinion, decide ?? delegate);
    if (delegate) return reading(7, 'the other person owns it fully', delegate);
    if (report) return reading(6, 'the other person decides and reports back', decide, report);
    return reading(7, 'the decision is handed over', decide);
  }

  const together = find(TOGETHER);
  if (together) return reading(4, 'the decision is made jointly', together);

  const after = find(LEADER_DECIDES_AFTER);
  const question = moveOf('open_question', 'closed_question');
  const input = after && (find(INPUT_REQUEST) ?? (question && moveSpan(question)));
  // "..., then I'll decide" and "before I decide" imply the other person's input comes first.
  if (after && (input || /\b(?:before|then|once|help me)\b/i.test(after.text))) {
    return reading(3, 'the leader asks for input and keeps the decision', input, after);
  }

  const directive = moveOf('directive');
  const advice = moveOf('advice');
  const persuasion = find(PERSUASION);
  if ((directive || advice) && persuasion) {
    return reading(2, 'the leader decides and argues for it', moveSpan((directive ?? advice)!), persuasion);
  }
  if (persuasion && /^(?:trust me|believe me|here'?s why)/i.test(persuasion.text)) {
    return reading(2, 'the leader argues for their own decision', persuasion);
  }
  if (directive) return reading(1, 'the leader decides and announces it', moveSpan(directive));
  if (after) return reading(1, 'the leader keeps the decision', after);
  if (advice) {
    return FIRM_ADVICE.test(lower.slice(advice.start, advice.end))
      ? reading(2, 'the leader pushes their own solution', moveSpan(advice))
      : reading(5, 'the leader offers an idea; the other person decides', moveSpan(advice));
  }
  return { level: 'none', name: 'none', ownership: 'none', evidence: [], reason: 'no decision or task in play' };
}
