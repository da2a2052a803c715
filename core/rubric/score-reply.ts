import { classifySentence } from './classify';
import { echoes, type Echo } from './echo';
import { readDelegation } from './delegation';
import { ARGUED_SUGGESTION_REASON, ARGUED_SUGGESTION_RULE, CLOSED_QUESTION_RULE, isArguedSuggestion, CHECKED_SUMMARY_REASON, CHECKED_SUMMARY_RULE, checksSummary, CUELESS_RULES, EXCLAIMED_REASON, EXCLAIMED_RULE, isBareRemark, isExclaimedRemark, isPraisedDeed, isSummarised, LEAVE_TO_INFORM_REASON, LEAVE_TO_INFORM_RULE, mayBeSummarised, PERMISSION_RULE, PRAISED_DEED_REASON, PRAISED_DEED_RULE, REMARK_REASON, REMARK_RULE } from './remarks';
import { LEARNED_RULE, readByLearnedCheck } from './learned-check';
import { readDelegationByLearnedCheck } from './learned-delegation';
import { delegationFeatures, learnedFeatures } from './learned-features';
import { NEVER_ACTS, type LearnedModel } from './learned-model';
import { familyOf, isSolutionMove, makeMove } from './moves';
import { normalise, sentences } from './text';
import type { Family, Move, ReplyScore, ScoreContext, Span } from './types';

// Scores one leader reply: a move per sentence, the reply's family by the dominance rule, and its
// delegation level. Pure, synchronous and dependency-free: the web app calls it on every keystroke.

/**
 * `rules`, when given, receives the id of the classifier rule that read each sentence, in order
 * (`eval:rubric --by-rule` counts them); the score itself does not carry them. `learned` holds the
 * learned checks' models (learned-check.ts, learned-delegation.ts): the shipped ones unless a test or
 * cross-validation says otherwise.
 */
export function scoreReply(text: string, context?: ScoreContext, rules?: string[], learned?: LearnedModels): ReplyScore {
  const lower = normalise(text);
  const echo = echoes(context?.previousTurn, ideasOf(context));
  // A loop, not map(): the arrays map() makes differ in shape once V8 optimises the caller, and replyOf was
  // deoptimised for each new shape (docs/rubric.md, thirtieth pass).
  const read: SentenceMove[] = [];
  for (const span of sentences(text, lower)) read.push(moveAt(text, lower, span, echo, rules));
  return replyOf(text, lower, read, echo, rules, learned);
}

/** One sentence's move, and whether it is a bare remark (remarks.ts) should the reply turn out to be rapport. */
export interface SentenceMove {
  move: Move;
  bareRemark: boolean;
  /** The id of the classifier rule that read it (remarks.ts and the exclamation check ask which). */
  rule: string;
}

/** The move one sentence of a reply makes. It reads only that sentence (and the context's echo), so a reading can be reused while the sentence stands where it was. */
export function moveAt(text: string, lower: string, span: Span, echo: Echo | undefined, rules?: string[]): SentenceMove {
  const r = classifySentence(text, lower, span, echo);
  rules?.push(r.rule);
  return {
    move: makeMove(span, r.kind, r.reason, { start: r.cue.start, end: r.cue.end, text: text.slice(r.cue.start, r.cue.end) }),
    bareRemark: isBareRemark(r, span.text, lower.slice(span.start, span.end)),
    rule: r.rule,
  };
}

/**
 * The reply's reading from its sentences, some read again by their place in it (remarks.ts): leave asked
 * before information is a preface (other); a tell about them in a summary they are asked to check gives
 * back what they said; the deed said back before praise is part of it; in a reply of rapport a bare remark
 * is other, and in an exclaimed reply that no cue settles a cue-less reading is other. Each is a new move,
 * so a reading the live meter keeps is never changed. Then the learned check may read a reply of
 * statements again (learned-check.ts), and the family by the dominance rule and the delegation level
 * follow across the whole reply. `rules` gets the reply-level rule where a move was read again.
 */
export function replyOf(text: string, lower: string, read: readonly SentenceMove[], echo: Echo | undefined, rules?: string[], learned: LearnedModels = {}): ReplyScore {
  // The rule behind each move as read so far (the learned check weighs them).
  const ids = read.map(({ rule }) => rule);
  const byRules = readInPlace(lower, read, echo, ids);
  const family = dominantFamily(byRules);
  const again = readByLearnedCheck(lower, byRules, ids, family, { heard: !!echo?.hasTurn, asked: !!echo?.asked }, learned.family);
  if (again) for (const i of again.changed) ids[i] = LEARNED_RULE;
  // This reply's sentences are the last ones pushed to `rules`: they get the rules that read them last.
  if (rules) rules.splice(rules.length - read.length, read.length, ...ids);
  const moves = again?.moves ?? byRules;
  const finalFamily = again ? dominantFamily(moves) : family;
  const delegation = readDelegation(text, lower, moves);
  return { moves, family: finalFamily, delegation: readDelegationByLearnedCheck(text, lower, moves, finalFamily, delegation, learned.delegation) ?? delegation };
}

/** Models for the learned checks; each left out is the shipped one. */
export interface LearnedModels {
  family?: LearnedModel;
  delegation?: LearnedModel;
}

/**
 * What the family check weighs for a reply: the rules' reading before it, and the reply's words.
 * Training (server/cli/train-rubric-model.ts) reads its cases through here.
 */
export function learnedFeaturesOf(text: string, context?: ScoreContext): Set<string> {
  const lower = normalise(text);
  const echo = echoes(context?.previousTurn, ideasOf(context));
  const read = sentences(text, lower).map((span) => moveAt(text, lower, span, echo));
  const ids = read.map(({ rule }) => rule);
  const moves = readInPlace(lower, read, echo, ids);
  return learnedFeatures(lower, moves, ids, dominantFamily(moves), !!echo?.hasTurn);
}

/**
 * What the delegation check weighs for a reply: everything read before it (the family check included,
 * with `learned.family` if given), and the reply's words.
 */
export function delegationFeaturesOf(text: string, context?: ScoreContext, learned: LearnedModels = {}): Set<string> {
  const { moves, family, delegation } = scoreReply(text, context, undefined, { family: learned.family, delegation: NEVER_ACTS });
  return delegationFeatures(normalise(text), moves, family, delegation);
}

/** Readings of other that are no rapport or encouragement, so they leave the reply's information as it is. */
const NOT_RAPPORT: ReadonlySet<string> = new Set(['filler-only', 'no-content']);

/** The sentences some of which are read again by their place in the reply; `ids` gets each such move's new rule. */
function readInPlace(lower: string, read: readonly SentenceMove[], echo: Echo | undefined, ids: string[]): Move[] {
  // "Good question. The night team covers ...": what answers their question is no bare remark beside rapport.
  // An acknowledgement ("Right.") or a bare remark is no rapport: "Right. Swelling is a common side effect of it." informs.
  const social = !echo?.asked && read.some(({ move, rule }) => (move.kind === 'other' && !NOT_RAPPORT.has(rule)) || move.kind === 'affirmation');
  const praises = read.some(({ move }) => move.kind === 'affirmation');
  // Read only when a sentence could belong to a summary: most replies never ask.
  let checked: boolean | undefined;
  const exclaimed = isExclaimedRemark(lower, read);
  // The last, not the first: "X. Can I share more? Y." asks leave for the Y that follows it.
  const informs = read.findLastIndex(({ move }) => move.kind === 'information' || move.kind === 'advice');
  // A loop, not map(), for the reason scoreReply gives.
  const moves: Move[] = [];
  for (let i = 0; i < read.length; i++) {
    const { move, bareRemark, rule } = read[i];
    let again = move;
    // "Can I share how it works? So you pay in five percent ...": leave asked, then the information given.
    if (rule === PERMISSION_RULE && informs > i) {
      ids[i] = LEAVE_TO_INFORM_RULE;
      again = readAgain(move, LEAVE_TO_INFORM_REASON);
    } else if (rule === CLOSED_QUESTION_RULE && isArguedSuggestion(lowerOf(lower, move), read[i + 1] && lowerOf(lower, read[i + 1].move))) {
      // Only a closed question is asked about (the rule is compared first): the sentences' lower-case text is not cut for the rest.
      ids[i] = ARGUED_SUGGESTION_RULE;
      again = readAgain(move, ARGUED_SUGGESTION_REASON, 'leading_question');
    } else if (mayBeSummarised(rule) && (checked ??= asksToCheck(lower, read)) && isSummarised(rule, lowerOf(lower, move))) {
      ids[i] = CHECKED_SUMMARY_RULE;
      again = readAgain(move, CHECKED_SUMMARY_REASON, 'reflection');
    } else if (praises && isPraisedDeed(rule, lowerOf(lower, move))) {
      ids[i] = PRAISED_DEED_RULE;
      again = readAgain(move, PRAISED_DEED_REASON, 'affirmation');
    } else if (social && bareRemark) {
      ids[i] = REMARK_RULE;
      again = readAgain(move, REMARK_REASON);
    } else if (exclaimed && move.kind !== 'other' && CUELESS_RULES.has(rule) && (move.kind !== 'information' || bareRemark)) {
      ids[i] = EXCLAIMED_RULE;
      again = readAgain(move, EXCLAIMED_REASON);
    }
    moves.push(again);
  }
  return moves;
}

const LEADING_SPACE = /^\s+/;

// Module functions, not closures made for every reply: tsx (the server, the benches) names each closure
// it makes with Object.defineProperty, which costs more than what most of them do.
const lowerOf = (lower: string, move: Move) => lower.slice(move.start, move.end).replace(LEADING_SPACE, '');

/** Whether a sentence of the reply asks them to check a summary ("Have I got that right?"). */
const asksToCheck = (lower: string, read: readonly SentenceMove[]) => read.some(({ move, rule }) => checksSummary(rule, lowerOf(lower, move)));

/** A sentence read again by its place in the reply: a remark (other), part of an affirmation or of a checked summary (remarks.ts says why); the cue is the whole sentence. */
const readAgain = (move: Move, why: string, kind: 'other' | 'affirmation' | 'reflection' | 'leading_question' = 'other'): Move =>
  makeMove(move, kind, `${why}: "${move.text}"`, { start: move.start, end: move.end, text: move.text });

const NO_IDEAS: readonly string[] = [];

/** The ideas the other person raised; the shared empty list when there are none (the usual case), so no array per call. */
export function ideasOf(context: ScoreContext | undefined): readonly string[] {
  const scenario = context?.scenario;
  if (!scenario) return NO_IDEAS;
  return [scenario.personaIdea, ...(scenario.topics ?? [])].filter((s): s is string => !!s);
}

/**
 * RUBRIC.md §1: a solution-carrying tell move anywhere dominates; otherwise any ask move makes the
 * reply an ask; otherwise information (a tell without a solution) makes it a tell; otherwise other.
 */
export function dominantFamily(moves: readonly Pick<Move, 'kind'>[]): Family {
  if (moves.some((m) => isSolutionMove(m.kind))) return 'tell';
  if (moves.some((m) => familyOf(m.kind) === 'ask')) return 'ask';
  if (moves.some((m) => familyOf(m.kind) === 'tell')) return 'tell';
  return 'other';
}
