import type { DelegationLevel, DelegationReading, Move, Span } from './types';
import * as delegationCues from './delegation-cues';
import { delegationName, ownershipOf } from './moves';
import { spanOf } from './text';

// The reply's delegation level (RUBRIC.md §2). Signals are found across the whole reply, then
// weighed from the most to the least explicit: a takeover, then handing the decision over (what
// comes with it sets 5, 6 or 7), deciding together, consulting, and finally the leader's own
// decision, argued (sell) or announced (tell). No signal at all means no decision is in play.

// Read once into module constants (see classify.ts: imported bindings can be getters).
const {
  COURTESY, DELEGATE, INPUT_REQUEST, LEADER_DECIDES_AFTER, OPINION, PERSUASION, REPORT_BACK, TAKEOVER, THEY_DECIDE, TOGETHER,
} = delegationCues;

/** Suggestions firm enough to count as the leader's decision; softer ones leave the call to the other. */
const FIRM_ADVICE = /\b(?:should|need to|needs to|must|have to|ought to|had better|'d better|i'?d|i would|the (?:best|right|only)|the way to go|my (?:suggestion|advice|recommendation)|if i were|trust me)\b/;

export function readDelegation(text: string, lower: string, moves: readonly Move[]): DelegationReading {
  // The sentence classifier already looked for takeovers outside questions; only questions are left.
  const takeoverMove = firstMove(moves, 'takeover');
  const takeover = takeoverMove ? moveSpan(takeoverMove) : asksAnything(moves) ? find(TAKEOVER, text, lower) : null;
  if (takeover) return reading(0, 'the leader takes the task back', takeover);

  // Signals are looked for lazily, in the order they are weighed: most replies stop early.
  const decide = find(THEY_DECIDE, text, lower);
  const delegate = find(DELEGATE, text, lower);
  if (decide || delegate) {
    // "Give me your view and I'll decide. Which option would you go for?": the choice asked of them is their input
    // while the leader says the decision is theirs to make (consult), not a handover.
    const keeps = !delegate && decide && inQuestion(decide, moves) ? find(LEADER_DECIDES_AFTER, text, lower) : null;
    if (keeps) return reading(3, 'the leader asks for input and keeps the decision', decide, keeps);
    // "Fine by me to look at it ... we'll thrash out a pattern": a joint decision outweighs a handover that only agrees or defers.
    const together = !delegate && decide && MERELY_DEFERS.test(decide.text) ? find(TOGETHER, text, lower) : null;
    if (together) return reading(4, 'the decision is made jointly', together);
    const report = find(REPORT_BACK, text, lower);
    const opinion = leadersView(text, lower, moves);
    if (decide && report) return reading(6, 'the other person decides and reports back', decide, report);
    if (opinion) return reading(5, 'the leader offers a view; the other person decides', opinion, decide ?? delegate);
    if (delegate) return reading(7, 'the other person owns it fully', delegate);
    if (report) return reading(6, 'the other person decides and reports back', decide, report);
    return reading(7, 'the decision is handed over', decide);
  }

  // "I'd ring them first, but take it or leave it": a view the other may refuse. A courtesy with no view
  // of the leader's ("You can stop me if this is old news") hands nothing over.
  const courtesy = find(COURTESY, text, lower);
  const view = courtesy && leadersView(text, lower, moves);
  if (view) return reading(5, 'the leader offers a view the other person may take or leave', view, courtesy);

  const together = find(TOGETHER, text, lower);
  if (together) return reading(4, 'the decision is made jointly', together);

  const after = find(LEADER_DECIDES_AFTER, text, lower);
  const question = firstMove(moves, 'open_question', 'closed_question');
  const directive = firstMove(moves, 'directive');
  // "Send me both drafts and I'll decide": what the leader asks for first is the other person's input.
  const request = firstMove(moves, 'directive', 'leading_question');
  const requested = request && after && request.start < after.start ? moveSpan(request) : null;
  const input = after && (find(INPUT_REQUEST, text, lower) ?? (question && moveSpan(question)) ?? requested);
  // "..., then I'll decide" and "before I decide" imply the other person's input comes first.
  if (after && (input || INPUT_FIRST.test(after.text))) {
    return reading(3, 'the leader asks for input and keeps the decision', input, after);
  }

  const advice = firstMove(moves, 'advice');
  const persuasion = find(PERSUASION, text, lower);
  if ((directive || advice) && persuasion) {
    return reading(2, 'the leader decides and argues for it', moveSpan((directive ?? advice)!), persuasion);
  }
  if (persuasion && OWN_ARGUMENT.test(persuasion.text)) {
    return reading(2, 'the leader argues for their own decision', persuasion);
  }
  if (directive) return reading(1, 'the leader decides and announces it', moveSpan(directive));
  // "Why don't you just ring them?": the leader's own fix, asked as a question.
  const leading = !advice && firstMove(moves, 'leading_question');
  if (leading) return reading(2, 'the leader pushes their own solution as a question', moveSpan(leading));
  if (after) return reading(1, 'the leader keeps the decision', after);
  if (advice) {
    return FIRM_ADVICE.test(lower.slice(advice.start, advice.end))
      ? reading(2, 'the leader pushes their own solution', moveSpan(advice))
      : reading(5, 'the leader offers an idea; the other person decides', moveSpan(advice));
  }
  return { level: 'none', name: 'none', ownership: 'none', evidence: [], reason: 'no decision or task in play' };
}

// Helpers are module-level functions rather than closures made on every call (the scorer runs per keystroke).

/** Handover cues that only agree or defer to what the other knows; a joint decision in the same reply outweighs them. */
const MERELY_DEFERS = /^(?:(?:is |are )?fine (?:by|with) me|(?:you|u) know\b)/i;
const INPUT_FIRST = /\b(?:before|then|once|help me|past me|by me|if i like)\b/i;
const OWN_ARGUMENT = /^(?:trust me|believe me|here'?s why)/i;

/** The first match of a cue in the reply, as a trimmed span of the original text. */
function find(re: RegExp, text: string, lower: string): Span | null {
  const m = re.exec(lower);
  return m ? spanOf(text, m.index, m.index + m[0].length) : null;
}

/** The first move of one of the given kinds (at most two are ever asked for). */
function firstMove(moves: readonly Move[], kind: Move['kind'], orKind?: Move['kind']): Move | undefined {
  for (const m of moves) if (m.kind === kind || m.kind === orKind) return m;
  return undefined;
}

function asksAnything(moves: readonly Move[]): boolean {
  for (const m of moves) if (m.kind.endsWith('_question')) return true;
  return false;
}

const moveSpan = (m: Move): Span => m.cue ?? { start: m.start, end: m.end, text: m.text };

/** The leader's own view in the reply: an opinion cue, else the first piece of advice or leading question. */
function leadersView(text: string, lower: string, moves: readonly Move[]): Span | null {
  const advice = firstMove(moves, 'advice', 'leading_question');
  return find(OPINION, text, lower) ?? (advice ? moveSpan(advice) : null);
}

/** A reading with its evidence: missing spans dropped, a second span covering the same words as the first dropped too. */
function reading(level: DelegationLevel, reason: string, first: Span | null | undefined, second?: Span | null): DelegationReading {
  const evidence: Span[] = [];
  if (first) evidence.push(first);
  if (second && !(first && first.start === second.start && first.end === second.end)) evidence.push(second);
  return { level, name: delegationName(level), ownership: ownershipOf(level), evidence, reason };
}

/** Whether `span` lies inside one of the reply's questions. */
function inQuestion(span: Span, moves: readonly Move[]): boolean {
  return moves.some((m) => (m.kind === 'open_question' || m.kind === 'closed_question') && m.start <= span.start && span.end <= m.end);
}
