import type { MoveKind, Span } from './types';
import { ruleGate, type RuleGate } from '#rule-gate';
import { globalCopy } from './cue-gate';
import * as moveCues from './move-cues';
import * as delegationCues from './delegation-cues';
import type { Echo } from './echo';
import * as sentenceWords from './sentence-words';
import * as reading from './reading';
import type { SentenceReading } from './reading';
import { CUELESS_RULES } from './remarks';
import { isSolutionMove } from './moves';

export type { SentenceReading };

// The cues are read into module constants once: under CommonJS interop (tsx, which runs the bench
// and the server) every use of an imported binding is otherwise a getter call, dozens per sentence.
const {
  ADVICE, AFFIRMATION, CLOSED_START, CONCESSIVE, SOCIAL_CONCESSIVE, DIRECTIVE, FILLER_ONLY, IMPERATIVE_START, INFORMATION,
  LEADING_START, NOT_A_PROPOSAL, OPEN_START, OTHER, PHATIC, REFLECTION, REQUEST_QUESTION, SOFT_IMPERATIVE, TAKEOVER, PARTING_TAG, FORMULA_TAIL,
  ENCOURAGER, UNDERSTANDING_CHECK, PERCEPTION_FRAME, WHAT_THAT_DOES, SENSING_FRAME, SENSED_FEELING, INFO_OPENER, REPORTED_MIND, PROPOSAL_QUESTION, REQUEST_SOMEONE,
  REQUEST_ABLE, TALK_NOT_ACTION, NEGATIVE_PROPOSAL, ADVICE_MENU, LEADING_CLAUSE, CLOSING, SYMPATHY, REASSURANCE, DENIED_VERDICT, NOT_A_VERDICT_ON_THEM, RECORD_FACT,
  GENERAL_CLAIM, BARE_CLAIM, HELPS_TO, PLEASE, INVITING_OPENER, ASSURANCE_OPENER, REFLECTION_AFTER, REFLECTION_IN_A_LATER_CLAUSE, AGENDA_SETTING, BEFORE_AGENDA, WHO_WOULD_NOT, FILLER_TAG, AGREEMENT_TAG, AGENDA_PURPOSE, NAME_CHECK, SPOKEN_YOU_INSTRUCTION, PREFACE, SUGGESTION_PREFACE, PERMISSION_QUESTION, PROMISE_TAG, SUGGESTED_BENEFIT, INDIRECT_QUESTION, RAPPORT, POSITIVE_VERDICT, OWN_STATE, SIDING, NOBODY_PERFECT, INVITES_TALK, RELIEF_AHEAD, BEFORE_INSTRUCTION, NORMALISING, WARNING, YOU_INSTRUCTION,
} = moveCues;
const { COURTESY, DELEGATE, THEY_DECIDE } = delegationCues;
const { endsCutOff, firstCue, hasAtMostTwoWords, hasAtMostWords, isCapital, isFullStopOrBang, lastMark, ownOffer, ownSuggestion, ownWords, read, readMatch, skipFillers } = reading;
const {
  SECOND_PERSON, CONTENT, NAMED, RESOURCE, FIRST_PERSON_START, FIRST_PERSON, FACTUAL, FACTS, SPOKEN_FIGURE, THIRD_PARTY_FRAME, THIRD_PARTY_SUBJECT, ENDS_ASKING_WHICH, SPOKEN_QUESTION, GENERAL_EXPLANATION, STATE_WORDS, WH_CLAUSE, ABOUT_THEIR_TOPIC, VOCATIVE, INVITATION_START, ABOUT_THEM_START, IF_BEFORE, MODAL_NAME, COPULA_START, THEIR_SITUATION_BEFORE, MODAL_OR_CONDITION, NOT_A_RESTATEMENT, GENERAL_SUBJECT, REFLECTIVE_FRAGMENT, WHAT_HAS_BEEN, TENTATIVE_SUGGESTION, LATE_QUESTION, AUXILIARY_THEN_SUBJECT, OTHERS_START, SPECULATION, NAME_OWNS, FOR_EVERYONE, YOU_AS_OBJECT_BEFORE, YOU_PRONOUN, SITUATION_SUBJECT, LEADER_VIEW, YOUR_PLAN, ANY_YOU, SUBORDINATE_BEFORE, INTRODUCES_NAME, NAME_THEN_PAUSE, GERUND_START, WHAT_HELPS, SO_THEN, WH_CLEFT, AMOUNT_VERDICT, THEIR_STORY, EFFECT_CLAIM, INTRODUCES_SOMETHING, THEIR_WORDS_FRAME, EXPERIENCE_NAMED, SOMEONE_ELSE_START, ELIDED_FEELING, WH_CLAUSE_START, POSSIBILITY_OFFERED, EXCLAMATION, FELT_MEANING, PEOPLE_AT_LARGE,
} = sentenceWords;
const ENCOURAGEMENT = 'reassurance or encouragement, not an instruction';
const REASSURANCE_REASON = 'reassurance or encouragement';
/** Openers that make the instruction after them a suggestion: "Maybe ring them", "For what it's worth, talk to HR". */
const TENTATIVE_OPENER = /\b(?:maybe|perhaps|for what it'?s worth|fwiw)\b/;
const DENIAL = /^(?:no,? no|no|nah|nope|god no|not at all)[,.!]+ +/;
/** Most sentences have neither word, and then NOT_A_VERDICT_ON_THEM need not run. */
const VERDICT_WORD = /\b(?:define|reflection)\b/;
const THERE_IS_THIS = /\bthere'?s (?:this|that)\b/;
const IMAGINE_WHAT = /^ (?:how|what)\b/;
/** Where a later clause starts: a comma, semicolon or dash. */
const CLAUSE_BREAK = /[,;\u2013\x96\u2014\x97]| - /;
/** Fillers that end in "you know": what follows is what they know, not a claim of the leader's own. */
const KNOWN_TO_THEM = /\b(?:you|u|ya) know\b/;
/** "but" after reassurance, with or without its comma: "You'll be fine but I'd ring them". */
const BUT_THEN = /[,;]? +but +/;
/** "You're doing your best, but talk to Ines first": an instruction after a comma and "but". */
const BUT_CLAUSE = /[,;] +but,? +/;
/** "It's late so go home": "so" with no comma before it (an intensifier, "so late", is no instruction and is left). */
const SO_BARE = / so,? +/;
/** "You've earned it, now go and rest": an instruction after a comma and "now" ("then" follows an instruction already). */
const NOW_CLAUSE = /[,;] +(?:and )?now,? +/;
/** Soft imperatives that stay requests after "please": "please let me know", "please take care of the keys", "please remember when ...". */
const STILL_A_REQUEST = /^(?:let|just|feel|remember (?:when|that time|how)|take care)/;
// What an opener's frame turns into its own reading (readAfterOpener); constants, so no array per sentence.
const NOT_INFORMATION: readonly MoveKind[] = ['reflection', 'other'];
const SOCIAL: readonly MoveKind[] = ['affirmation', 'other'];
const WOULD_HELP = /\b(?:would|could|might|may|will) (?:really |also |actually )?(?:help|work|be (?:better|easier|worth|good|useful|an idea))\b/;
const TAKEOVER_G = globalCopy(TAKEOVER);
const ADVICE_G = globalCopy(ADVICE);
const DIRECTIVE_G = globalCopy(DIRECTIVE);
const REFLECTION_G = globalCopy(REFLECTION);

// One sentence -> one move, by an ordered list of checks: the first that matches wins. The order
// encodes the rubric's priorities: a takeover anywhere in the sentence beats everything; questions
// are told apart by what they carry; statements go advice > directive > affirmation > reflection >
// information; what matches nothing falls back on the context (does it give back the other
// person's words?) and on who the sentence is about.

/**
 * Whether a reflection cue found in the sentence gives back the other person's experience: it lies
 * in the body (not in skipped fillers), "so ..." opens the body, and a cue that starts with a verb
 * ("is tough", "can be rough") has their situation as its subject, not a general one ("End of
 * term is tough for everyone"). A cut-off fragment reflects nothing.
 */
function theirExperience(x: Sentence, s: string, m: RegExpExecArray): boolean {
  if (x.fragment || m.index < x.bodyAt) return false;
  // "You can call the helpline any time you feel unsafe": the feeling says when, the sentence offers.
  if (m.index > x.bodyAt && POSSIBILITY_OFFERED.test(x.body)) return false;
  // "..., if you like", "if you want": a courtesy, not their wish given back.
  const youFirst = /^(?:you|u)\b/.test(m[0]);
  if (youFirst && m.index >= 3 && s.startsWith('if ', m.index - 3)) return false;
  if (youFirst && insideAClause(x, s, m.index)) return false;
  // "Your landlord sounds like the problem": a subject of its own before the frame makes it the leader's view of them.
  if (m.index > x.bodyAt && THIRD_PARTY_FRAME.test(m[0]) && THIRD_PARTY_SUBJECT.test(s.slice(x.bodyAt, m.index))) return false;
  if (m[0].startsWith('so ') && m.index > x.bodyAt) return false;
  if (YOU_AS_OBJECT_BEFORE.test(s.slice(x.bodyAt, m.index)) && !SITUATION_SUBJECT.test(x.body)) return false;
  return !COPULA_START.test(m[0]) || THEIR_SITUATION_BEFORE.test(s.slice(x.bodyAt, m.index)) || SECOND_PERSON.test(x.body);
}

/**
 * Figures, dates or rules, written or spelled out as transcripts do ("one fifty over ninety"), that
 * their turn did not say: "Twenty years is a long time" after "about twenty years now", or "It sounds
 * like 2024 has been a rough year" after "2024 taught me...", gives theirs back.
 */
function statesFigure(x: Sentence): boolean {
  const spelled = SPOKEN_FIGURE.exec(x.body);
  const facts = spelled ? [...(x.body.match(FACTS) ?? []), spelled[0]] : x.body.match(FACTS);
  return !!facts && facts.some((fact) => !x.context?.said(fact));
}

/** "The client still wants the figures today" after a turn that never mentioned the client: news about someone else, not their situation. */
function bringsInSomeoneElse(x: Sentence): boolean {
  const someone = SOMEONE_ELSE_START.exec(x.body);
  return !!someone && !x.context?.said(someone[1]);
}

/**
 * "Sleep on it before you decide", "Talk to the team first, then you decide": the decision is theirs
 * only after the instruction the sentence opens with, which is the move (delegation.ts still reads
 * the handover across the reply).
 */
function decidesAfterAnInstruction(x: Sentence, decide: RegExpExecArray): boolean {
  return DECIDE_AFTER.test(x.s.slice(Math.max(x.bodyAt, decide.index - 12), decide.index)) && IMPERATIVE_START.test(x.body);
}
const DECIDE_AFTER = /\b(?:before|after|until|till|then)\s+$/;

/** The other person is named, and not only as someone acted on or in a condition ("your clients need you to ..."). */
function namesThemAsActor(body: string): boolean {
  const you = SECOND_PERSON.exec(body);
  if (!you) return false;
  if (SITUATION_SUBJECT.test(body)) return true;
  if (YOU_AS_OBJECT_BEFORE.test(body.slice(0, you.index))) return false;
  const pronoun = YOU_PRONOUN.exec(body);
  return !pronoun || !YOU_AS_OBJECT_BEFORE.test(body.slice(0, pronoun.index));
}

/** After an opener or a preface that ends at `at` in the body: encouragement stays encouragement ("Definitely go easy on yourself"), an imperative is the move. */
function instructionAt(x: Sentence, at: number, kind: 'advice' | 'directive', reason: string, unless?: RegExp): SentenceReading | null {
  const rest = x.body.slice(at);
  if ((m = SOFT_IMPERATIVE.exec(rest))) return readMatch(x.text, 'other', m, x.base + at, ENCOURAGEMENT);
  return (m = IMPERATIVE_START.exec(rest)) && !unless?.test(rest) ? readMatch(x.text, kind, m, x.base + at, reason) : null;
}

/** Where an invitation to tell their account starts after an opener ("Go ahead and", "Feel free to"), if one does. */
function invitationAfterOpener(x: Sentence): number | undefined {
  const opener = INVITING_OPENER.exec(x.body);
  if (!opener) return undefined;
  const rest = x.body.slice(opener[0].length);
  return OPEN_START.test(rest) && INVITATION_START.test(rest) ? opener[0].length : undefined;
}

/** One sentence as the rules see it: the reply, the sentence and its body after fillers. */
export interface Sentence {
  text: string;
  lower: string;
  span: Span;
  /** The sentence, normalised. */
  s: string;
  /** Where the body starts in `s`, after fillers ("okay, so") and a vocative ("Sam, ..."). */
  bodyAt: number;
  body: string;
  /** Offset of the body in the reply. */
  base: number;
  context: Echo | undefined;
  /** Read when first needed (most sentences are settled before): 0 unknown, 1 yes, 2 no. */
  aboutThemMemo: 0 | 1 | 2;
  /** Cut off at a dash: its words are scored, but nothing is read into them from the context. */
  fragment: boolean;
}

/** A rule of the classifier: the first rule (in list order) that returns a reading labels the sentence. */
export interface Rule {
  /** Stable id, reported by `eval:rubric --by-rule`; test/core/rubric/rule-examples.ts holds a reply each rule labels. */
  id: string;
  /** Hands the sentence (or part of it) to other rules, whose ids the reading carries. */
  dispatches?: boolean;
  apply(x: Sentence): SentenceReading | null;
}

export function classifySentence(text: string, lower: string, span: Span, context?: Echo): SentenceReading {
  const s = lower.slice(span.start, span.end);
  let bodyAt = skipFillers(s);
  // "Sam, send me the plan": a name before an instruction or a question is not part of the move.
  // The capital is checked first so most sentences skip the slice of the original text.
  const vocative = isCapital(text.charCodeAt(span.start + bodyAt)) ? VOCATIVE.exec(text.slice(span.start + bodyAt, span.end)) : null;
  if (vocative) {
    const rest = s.slice(bodyAt + vocative[0].length);
    if (IMPERATIVE_START.test(rest) || OPEN_START.test(rest) || CLOSED_START.test(rest) || PHATIC.test(rest)) bodyAt += vocative[0].length;
  }
  const body = s.slice(bodyAt);
  const base = span.start + bodyAt;
  const concession = CONCESSIVE.exec(body);
  if (concession) {
    const start = base + concession[0].length;
    return classifySentence(text, lower, { start, end: span.end, text: text.slice(start, span.end) }, context);
  }
  const conceded = SOCIAL_CONCESSIVE.exec(body);
  if (conceded) {
    const start = base + conceded[0].length;
    const after = classifySentence(text, lower, { start, end: span.end, text: text.slice(start, span.end) }, context);
    // Only a move with a cue of its own outweighs the formula ("..., but i'm sure your love still shows" stays sympathy).
    if (!CUELESS_RULES.has(after.rule)) return after;
  }
  const x: Sentence = { text, lower, span, s, bodyAt, body, base, context, aboutThemMemo: 0, fragment: endsCutOff(s) };
  // "That's a big deal, you know?": a filler tag asks nothing; the statement before it is the move.
  const asks = lastMark(s) === '?' && !FILLER_TAG.test(s);
  // "Take it with food, okay?": asking them to agree to an instruction or advice still gives it.
  const agreed = asks && AGREEMENT_TAG.test(s) ? applyRules(STATEMENTS, x) : null;
  if (agreed && isSolutionMove(agreed.kind)) return agreed;
  return applyRules(asks ? QUESTIONS : STATEMENTS, x) ?? read(text, 'information', span.start, span.end, 'a statement of fact or view', 'fallback-information');
}

/** The first reading a rule gives, tagged with its id; null when none answers (each full path ends in a rule that always does). */
function applyRules({ rules, gate }: RuleList, x: Sentence): SentenceReading | null {
  const { bitOf } = gate;
  const answers = gate.answersFor(x.body);
  for (let i = 0; i < rules.length; i++) {
    // Most rules tied to the body's start cannot begin as most bodies do: in Node they are not run at all (rule-gate.ts).
    if (bitOf[i] !== 0 && !gate.mayRun(answers, i)) continue;
    const r = rules[i].apply(x);
    if (r) {
      if (!r.rule) r.rule = rules[i].id;
      return r;
    }
  }
  return null;
}

/** Rules in their order, with what tells which of them need not run for a body. */
interface RuleList {
  rules: readonly Rule[];
  gate: RuleGate;
}

const ruleList = (rules: readonly Rule[]): RuleList => ({ rules, gate: ruleGate(rules) });

/**
 * A felt meaning (`doing`: the doing and how it feels, up to "like") said of them: after their turn, unless it asked
 * something (then it answers: "Having the injection feels like a sharp scratch"), or to them ("... like letting
 * yourself down"); never the leader's own, nor people's at large. Only the doing is asked whether it is a general
 * subject: "the day never ends" is what it feels like, not a claim about every day.
 */
function feltByThem(x: Sentence, doing: string): boolean {
  if (FIRST_PERSON.test(x.body) || GENERAL_SUBJECT.test(doing) || PEOPLE_AT_LARGE.test(x.body)) return false;
  return x.context?.hasTurn ? !x.context.asked : SECOND_PERSON.test(x.body);
}

/** Praise said of a service named before it, not of them ("Samaritans are amazing" recommends; "your customer service is brilliant" praises). */
const praisesAService = (before: string): boolean => RESOURCE.test(before) && !SECOND_PERSON.test(before);

/**
 * A general claim with a bare subject ("Grief can come in waves"), unless the subject is a name
 * capitalised after an opening word ("And Tom can come out of hiding") or what they know is given
 * back ("You know exercise helps your mood").
 */
function bareClaim(x: Sentence): RegExpExecArray | null {
  if (x.bodyAt > 0 && (isCapital(x.text.charCodeAt(x.base)) || KNOWN_TO_THEM.test(x.s.slice(0, x.bodyAt)))) return null;
  return BARE_CLAIM.exec(x.body);
}

/**
 * A suggestion in a later clause of the sentence ("..., you might want to check the dates though"), or
 * an instruction opening one ("You've earned it, now go and rest", "so sorry, don't forget to eat today").
 */
function solutionInAnotherClause(rest: string): boolean {
  if (!CLAUSE_BREAK.test(rest)) return false;
  if (ADVICE.test(rest)) return true;
  for (let at = nextClause(rest, 0); at >= 0; at = nextClause(rest, at)) {
    if (instructionOpening(rest.slice(at + skipFillers(rest.slice(at))))) return true;
  }
  return false;
}

/**
 * Whether a later clause of a formula's sentence (praise, sympathy, reassurance) carries the move: a solution,
 * which dominates, or a reflection frame ("Thanks for telling me, it sounds like you've been carrying this
 * alone"), an ask, which outranks the formula.
 */
const anotherClauseCarriesTheMove = (rest: string): boolean => solutionInAnotherClause(rest) || REFLECTION_IN_A_LATER_CLAUSE.test(rest);

/** Reassurance at the start of `body`: a harsh verdict on them denied ("You're not a burden"), or any other. */
const reassuranceAt = (body: string): RegExpExecArray | null => DENIED_VERDICT.exec(body) ?? REASSURANCE.exec(body);

/** A goodbye's task joined on as a clause of its own: ", and bring the letter"; not "I'll try and pull together ...". */
const AND_THEN = /,\s*and\s+(?:then\s+)?/;
/** A goodbye's offer to be in touch: "write again if things get worse", "come back anytime". */
const OPEN_DOOR = /\b(?:if|when|whenever|any ?time|again|back)\b/;

/**
 * The instruction that opens `text`, if one does: not encouragement ("so be proud of yourself",
 * "Titration takes a while, so don't panic" informs) and not an open question that starts like one.
 */
function instructionOpening(text: string): RegExpExecArray | null {
  // The imperative first: most clauses open with none, and the long soft list is then never run.
  const found = IMPERATIVE_START.exec(text);
  return found && !SOFT_IMPERATIVE.test(text) && !OPEN_START.test(text) ? found : null;
}

/** Where the clause after the next break from `from` starts ("now" and "then" skipped: "..., now go and rest"), or -1. */
function nextClause(s: string, from: number): number {
  CLAUSE_START.lastIndex = from;
  const found = CLAUSE_START.exec(s);
  return found ? found.index + found[0].length : -1;
}
const CLAUSE_START = new RegExp(`(?:${CLAUSE_BREAK.source}) *(?:(?:and |so )?(?:now|then),? +)?`, 'g');

/** A suggestion or an instruction after "but" in what is left of the sentence. */
function solutionAfterBut(rest: string): boolean {
  const but = BUT_THEN.exec(rest);
  if (!but) return false;
  const after = rest.slice(but.index + but[0].length);
  return ADVICE.test(after) || IMPERATIVE_START.test(after.slice(skipFillers(after)));
}

/** "could be worth a word with HR": "it" left out before a modal, which opens no question without its mark. */
const MODAL_THEN_BE = /^(?:could|might|may|would|should|will|must) (?:well |also |probably |definitely |always )?be\b/;
/** "have a seat", "have a biscuit": "have" before a thing offered opens no question without its mark ("have the kids settled" may). */
const HAVE_A_THING = /^(?:have|grab|take) (?:a|an|another) /;

/** A question mark, or no final stop and a question's opening words ("what do you think"), not an imperative. */
function isQuestion(x: Sentence): boolean {
  const mark = lastMark(x.s);
  if (isFullStopOrBang(mark) || EXCLAMATION.test(x.body)) return false;
  // Transcribed speech drops the mark: "... - how did that go", "and since June has anyone called", "..., or".
  if (SPOKEN_QUESTION.test(x.body)) return true;
  if (mark !== '?' && (MODAL_THEN_BE.test(x.body) || HAVE_A_THING.test(x.body) || (WH_CLAUSE_START.test(x.body) && !WH_CLAUSE.test(x.body)))) return false;
  // A "so" kept for a reflection ("so what you're saying is ...") may open a question too ("so what do you want to do").
  const body = /^so (?:what|how|why) (?:do|does|did|would|could|can|will|is|are|was|were|should|might|have|has)\b/.test(x.body) ? x.body.slice(3) : x.body;
  return (OPEN_START.test(body) || CLOSED_START.test(body)) && !CLOSING.test(body) && !WH_CLEFT.test(body) && (!IMPERATIVE_START.test(body) || AUXILIARY_THEN_SUBJECT.test(body));
}

/**
 * A sentence after an opener that frames it ("Just so you know, ...", "Please know that ..."): the rest is
 * read on its own; when it reads as one of `framed`, the whole sentence is `kind` instead.
 */
function readAfterOpener(x: Sentence, opener: RegExp, framed: readonly MoveKind[], kind: MoveKind, why: string): SentenceReading | null {
  const found = opener.exec(x.body);
  if (!found || found[0].length >= x.body.length) return null;
  const r = classifySentence(x.text, x.lower, restOf(x, x.base + found[0].length), x.context);
  return framed.includes(r.kind) ? read(x.text, kind, x.span.start, x.span.end, why) : r;
}

/**
 * "The idea is to return to the places you fear", "a job you hate", "until you feel like it": "you" inside a
 * clause of a sentence about something else, whose state is not the sentence's move.
 */
function insideAClause(x: Sentence, s: string, at: number): boolean {
  return SUBORDINATE_BEFORE.test(s.slice(Math.max(x.bodyAt, at - 24), at)) && !ABOUT_THEM_START.test(x.body) && !FIRST_PERSON_START.test(x.body);
}

/** The first "you" of the sentence, contractions included, stands inside such a clause. */
function youInsideAClause(x: Sentence): boolean {
  const you = ANY_YOU.exec(x.body);
  return !!you && insideAClause(x, x.s, x.bodyAt + you.index);
}

/** A greeting or a parting formula answering theirs ("Afternoon, Ray." to "Afternoon.", "Sleep well"): it repeats nothing. */
const isFormula = (x: Sentence): boolean => OTHER.test(x.body) || SOFT_IMPERATIVE.test(x.body);

/** Whether their turn has the verb of a gerund's root in any form: "blam" → "blame", "gett" → "get", "us" → "use". */
function saidVerb(context: Echo, root: string): boolean {
  const doubled = root.length > 2 && root[root.length - 1] === root[root.length - 2];
  return context.said(`${root}ing`) || context.said(root) || context.said(`${root}e`) || (doubled && context.said(root.slice(0, -1)));
}

const aboutThem = (x: Sentence): boolean => (x.aboutThemMemo === 0 ? (x.aboutThemMemo = ABOUT_THEM_START.test(x.body) ? 1 : 2) : x.aboutThemMemo) === 1;
const restOf = (x: Sentence, start: number): Span => ({ start, end: x.span.end, text: x.text.slice(start, x.span.end) });
let m: RegExpExecArray | null;

/** Checks every sentence goes through first, question or not. */
const OPENING_RULES: Rule[] = [
  {
    id: 'encourager',
    // "Go on.", "Tell me more.": a minimal encourager invites the other person to continue.
    // With nothing skipped the body is the sentence: one test, not the same one twice.
    apply: (x) => (ENCOURAGER.test(x.body) || (x.bodyAt > 0 && ENCOURAGER.test(x.s)) ? read(x.text, 'open_question', x.base, x.span.end, 'invites the other person to go on') : null),
  },
  {
    id: 'filler-only',
    apply: (x) => (x.body.length === 0 || FILLER_ONLY.test(x.s) ? read(x.text, 'other', x.span.start, x.span.end, 'acknowledgement or filler') : null),
  },
  {
    id: 'understanding-check',
    // "Let me see if I've got this: ...": a summary, whatever cue words (a takeover's "I've got this") it quotes.
    apply: (x) => ((m = UNDERSTANDING_CHECK.exec(x.body)) ? readMatch(x.text, 'reflection', m, x.base, 'checks the leader has understood (a summary)') : null),
  },
  {
    id: 'info-opener',
    // "Just so you know, ...": what follows is offered as information, never a reflection.
    apply: (x) => readAfterOpener(x, INFO_OPENER, NOT_INFORMATION, 'information', 'announced as information'),
  },
];

/** How a question is read, by what it carries: a request, a proposal, an open or a closed question. */
const QUESTION_RULES: Rule[] = [
  {
    id: 'question.parting-tag',
    // "Take care, yeah?", "Mind how you go, yeah": a goodbye or a good wish with a tag is still the goodbye.
    apply(x) {
      const tag = PARTING_TAG.exec(x.body);
      if (!tag) return null;
      const head = x.body.slice(0, tag.index);
      m = CLOSING.exec(head) ?? SOFT_IMPERATIVE.exec(head);
      return m && FORMULA_TAIL.test(head.slice(m[0].length)) ? readMatch(x.text, 'other', m, x.base, 'a goodbye or a good wish, with a tag') : null;
    },
  },
  {
    id: 'question.name-check',
    apply(x) {
      if (!(m = NAME_CHECK.exec(x.s))) return null;
      // Only a name keeps its capital as typed: "Sound right?" and "Is it Friday?" check no name.
      const nameAt = (m[1] ?? m[3]).length;
      return isCapital(x.text.charCodeAt(x.span.start + nameAt)) ? read(x.text, 'other', x.span.start, x.span.end, 'a greeting that checks their name') : null;
    },
  },
  {
    id: 'question.phatic',
    apply: (x) => ((m = PHATIC.exec(x.body)) ? readMatch(x.text, 'other', m, x.base, 'small talk') : null),
  },
  {
    id: 'question.normalising',
    // "Who wouldn't be panicking after a year like yours?": nobody is asked; anyone would, it reassures.
    apply: (x) => ((m = WHO_WOULD_NOT.exec(x.body)) ? readMatch(x.text, 'affirmation', m, x.base, 'normalises the hardship, asking nobody (reassurance)') : null),
  },
  {
    id: 'question.request',
    apply: (x) => ((m = REQUEST_QUESTION.exec(x.body) ?? REQUEST_SOMEONE.exec(x.body)) ? readMatch(x.text, 'directive', m, x.base, 'a request dressed as a question') : null),
  },
  {
    id: 'question.request-able',
    apply(x) {
      if (!(m = REQUEST_ABLE.exec(x.body))) return null;
      const rest = x.body.slice(m[0].length);
      return NOT_A_PROPOSAL.test(rest) || TALK_NOT_ACTION.test(rest) ? null : readMatch(x.text, 'directive', m, x.base, 'a request dressed as a question');
    },
  },
  {
    id: 'question.proposal',
    // A yes/no question about what "we" or a named colleague should do proposes it: "Should we delay the launch?"
    apply(x) {
      m = PROPOSAL_QUESTION.exec(x.body) ?? (isCapital(x.text.charCodeAt(x.base + 1)) ? null : MODAL_NAME.exec(x.text.slice(x.base, x.base + 40)));
      if (!m || TALK_NOT_ACTION.test(x.body.slice(m[0].length)) || x.context?.raised(x.body.slice(m[0].length))) return null;
      return readMatch(x.text, 'leading_question', m, x.base, 'proposes what someone should do, as a yes/no question');
    },
  },
  {
    id: 'question.negative-proposal',
    apply: (x) => ((m = NEGATIVE_PROPOSAL.exec(x.body)) ? readMatch(x.text, 'leading_question', m, x.base, 'a negative question that carries a view') : null),
  },
  {
    id: 'question.leading',
    apply(x) {
      if (!(m = LEADING_START.exec(x.body)) || NOT_A_PROPOSAL.test(x.body.slice(m[0].length))) return null;
      // A question about an idea the other person raised themselves is an honest question.
      if (x.context?.raised(x.body.slice(m[0].length))) return readMatch(x.text, 'open_question', m, x.base, 'asks about an idea the other person raised', 'question.their-idea');
      return readMatch(x.text, 'leading_question', m, x.base, "a question that carries the leader's own solution");
    },
  },
  {
    id: 'question.suggestion',
    // Outside wh-questions, a suggestion asked as a question is still a suggestion: "Maybe try X?"
    apply(x) {
      if (OPEN_START.test(x.body) || WH_CLAUSE.test(x.body) || ABOUT_THEIR_TOPIC.test(x.body) || INVITES_TALK.test(x.body)) return null;
      if (!(m = firstCue(ADVICE, ADVICE_G, x.body, 0, ownWords)) || IF_BEFORE.test(x.body.slice(0, m.index)) || ENDS_ASKING_WHICH.test(x.body)) return null;
      if (x.context?.raised(x.body.slice(m.index + m[0].length))) return readMatch(x.text, 'closed_question', m, x.base, 'asks about an idea the other person raised', 'question.their-suggestion');
      return readMatch(x.text, 'leading_question', m, x.base, 'a suggestion asked as a question');
    },
  },
  {
    id: 'question.open',
    apply: (x) => ((m = OPEN_START.exec(x.body) ?? WH_CLAUSE.exec(x.body)) ? readMatch(x.text, 'open_question', m, x.base, 'an open question that invites thinking') : null),
  },
  {
    id: 'question.permission',
    // A yes/no question; followed by the information in the same reply, the information is the move (score-reply.ts).
    apply: (x) => ((m = PERMISSION_QUESTION.exec(x.body)) ? readMatch(x.text, 'closed_question', m, x.base, 'asks leave to share something') : null),
  },
  {
    id: 'question.closed',
    apply: (x) => ((m = CLOSED_START.exec(x.body)) ? readMatch(x.text, 'closed_question', m, x.base, 'asks for a yes/no or a single fact') : null),
  },
  {
    id: 'question.tentative-suggestion',
    // "Maybe a new project?", "Join a group of some kind?": a suggestion with a question mark, not a question about them.
    apply(x) {
      m = TENTATIVE_SUGGESTION.exec(x.body) ?? IMPERATIVE_START.exec(x.body);
      return m ? readMatch(x.text, 'leading_question', m, x.base, 'a suggestion asked as a question') : null;
    },
  },
  {
    id: 'question.after-clause',
    dispatches: true,
    // The question starts after an opening clause: "For the short term, have you tried ...?"
    apply(x) {
      const clause = LATE_QUESTION.exec(x.body);
      if (!clause) return null;
      const at = clause.index + clause[0].length;
      const rest: Sentence = { ...x, body: x.body.slice(at), base: x.base + at, aboutThemMemo: 0 };
      return applyRules(QUESTIONS_IN_A_CLAUSE, rest);
    },
  },
  {
    id: 'question.statement',
    apply: (x) =>
      (m = SUGGESTED_BENEFIT.exec(x.body))
        ? readMatch(x.text, 'leading_question', m, x.base, 'a suggestion with a question mark', 'question.suggested-benefit')
        : read(x.text, 'closed_question', x.base, x.base + x.body.length, 'a statement asked as a question'),
  },
];

const QUESTION_PATH: Rule[] = [...OPENING_RULES, ...QUESTION_RULES];
/** The question rules a clause after a comma is read by: all but the catch-alls (a clause that matches none is not a question on its own). */
const QUESTION_RULES_BEFORE_FALLBACK: Rule[] = QUESTION_RULES.filter(
  (r) => !['question.tentative-suggestion', 'question.after-clause', 'question.statement'].includes(r.id),
);

/**
 * The statement path, in priority order: a takeover anywhere beats everything; then what the
 * words say outright (invitations, frames, advice, instructions, praise, greetings); then
 * information and reflection cues; and last what the context says (does it give back the other
 * person's words?) and who the sentence is about.
 */
const STATEMENT_PATH: Rule[] = [
  ...OPENING_RULES,
  {
    id: 'takeover',
    apply: (x) => ((m = firstCue(TAKEOVER, TAKEOVER_G, x.s, 0, ownOffer)) ? readMatch(x.text, 'takeover', m, x.span.start, 'the leader takes the task back') : null),
  },
  {
    id: 'question-without-mark',
    dispatches: true,
    // "what do you think" typed without its question mark is still a question.
    apply: (x) => (isQuestion(x) ? applyRules(QUESTIONS_UNMARKED, x) : null),
  },
  {
    id: 'sympathy',
    // "I'm so sorry, it sounds like the week has gone against you": the reflection after it is the move.
    apply: (x) =>
      (m = SYMPATHY.exec(x.body)) && !REFLECTION_AFTER.test(x.body.slice(m[0].length)) && !anotherClauseCarriesTheMove(x.body.slice(m[0].length)) ? readMatch(x.text, 'other', m, x.base, 'a sympathy formula or an apology') : null,
  },
  {
    id: 'assurance-opener',
    // "Please know that ...", "Believe me, ...": the opener vouches for what follows, it instructs nothing.
    // Reassurance after it is reassurance; anything else is read as if the opener were not there.
    apply: (x) => readAfterOpener(x, ASSURANCE_OPENER, SOCIAL, 'affirmation', 'reassurance, vouched for'),
  },
  {
    id: 'closing',
    apply(x) {
      if (!(m = CLOSING.exec(x.body))) return null;
      // "See you Thursday, and bring the signed form": the instruction beside the goodbye is the move; a
      // suggestion there ("..., and maybe try the new rota") is left to the advice rules.
      const after = m.index + m[0].length;
      const rest = x.body.slice(after);
      if (!CLAUSE_BREAK.test(rest)) return readMatch(x.text, 'other', m, x.base, 'a goodbye or a good wish');
      // Only a task joined on with "and": "..., ring the unit if you need anything", "and come back anytime"
      // offer the door, as goodbyes do.
      const and = AND_THEN.exec(rest);
      if (and) {
        const joined = and.index + and[0].length;
        const at = joined + skipFillers(rest.slice(joined));
        const task = rest.slice(at);
        const instruction = OPEN_DOOR.test(task) ? null : instructionOpening(task);
        if (instruction) return readMatch(x.text, 'directive', instruction, x.base + after + at, 'an instruction beside a goodbye');
      }
      return ADVICE.test(rest) ? null : readMatch(x.text, 'other', m, x.base, 'a goodbye or a good wish');
    },
  },
  {
    id: 'rapport',
    apply: (x) => ((m = RAPPORT.exec(x.body)) ? readMatch(x.text, 'other', m, x.base, "the leader's good wishes or offer of help") : null),
  },
  {
    id: 'reassurance',
    apply(x) {
      // "No no, you're fine": the "no" denies what they said of themselves; the reassurance follows it.
      const denial = DENIAL.exec(x.body)?.[0].length ?? 0;
      const body = denial ? x.body.slice(denial) : x.body;
      if ((m = reassuranceAt(body) ?? (VERDICT_WORD.test(body) ? NOT_A_VERDICT_ON_THEM.exec(body) : null) ?? (body.includes('promise') ? PROMISE_TAG.exec(body) : null))) {
        // "You'll be fine, but I'd run the deck past Omar first": the solution after "but" is the move (it dominates).
        return solutionAfterBut(body.slice(m.index + m[0].length)) || anotherClauseCarriesTheMove(body.slice(m.index + m[0].length)) ? null : readMatch(x.text, 'affirmation', m, x.base + denial, REASSURANCE_REASON);
      }
      // After a condition or a time: "Once the rota settles, I think you'll find it easier".
      const clause = LEADING_CLAUSE.exec(body);
      const at = clause ? clause[0].length + skipFillers(body.slice(clause[0].length)) : 0;
      return at && (m = reassuranceAt(body.slice(at))) ? readMatch(x.text, 'affirmation', m, x.base + denial + at, REASSURANCE_REASON) : null;
    },
  },
  {
    id: 'nobody-perfect',
    apply: (x) => ((m = NOBODY_PERFECT.exec(x.body)) ? readMatch(x.text, 'affirmation', m, x.base, 'reassurance: nobody gets it right every time') : null),
  },
  {
    id: 'soft-imperative',
    // "Please don't lose hope": the courtesy does not make encouragement an instruction ("please let me know ..." stays a request).
    apply(x) {
      // "Feel free to tell me more": an invitation (below), not encouragement.
      if (invitationAfterOpener(x)) return null;
      if ((m = SOFT_IMPERATIVE.exec(x.body))) return readMatch(x.text, 'other', m, x.base, ENCOURAGEMENT);
      const please = PLEASE.exec(x.body);
      if (!please || !(m = SOFT_IMPERATIVE.exec(x.body.slice(please[0].length))) || STILL_A_REQUEST.test(m[0])) return null;
      return readMatch(x.text, 'other', m, x.base + please[0].length, ENCOURAGEMENT);
    },
  },
  {
    id: 'invitation',
    apply(x) {
      // "Please tell me more", "Go ahead and tell me what happened": the opener does not make the invitation an instruction.
      const at = invitationAfterOpener(x) ?? PLEASE.exec(x.body)?.[0].length ?? 0;
      const rest = at ? x.body.slice(at) : x.body;
      return (m = OPEN_START.exec(rest)) && INVITATION_START.test(rest) ? readMatch(x.text, 'open_question', m, x.base + at, 'invites the other person to say more') : null;
    },
  },
  {
    id: 'indirect-question',
    // A question asked as a statement is a question (MITI codes it so): "I was wondering, um, if you'd talked to her",
    // "I'd like to ask about the rota". The leader's own dilemma is not ("I was wondering if I should ...").
    apply(x) {
      if (!(m = INDIRECT_QUESTION.exec(x.body))) return null;
      const word = m.slice(1).find(Boolean);
      const yesNo = word === 'if' || word === 'whether';
      // Nor a proposal wearing the frame: "I wonder if a shorter sprint would help" is advice.
      // Nor "I wonder if you could ask the pharmacy ...": a step put to them, advice.
      if (yesNo && (/^ (?:i|we)\b|^ (?:you|u) (?:could|can|might|should)\b/.test(x.body.slice(m[0].length)) || WOULD_HELP.test(x.body))) return null;
      return readMatch(x.text, yesNo ? 'closed_question' : 'open_question', m, x.base, 'a question asked as a statement');
    },
  },
  {
    id: 'reported-mind',
    // The other person's own plan given back is a reflection, even though it names an action.
    apply: (x) => ((m = REPORTED_MIND.exec(x.body)) ? readMatch(x.text, 'reflection', m, x.base, "gives back the other person's own plan") : null),
  },
  {
    id: 'perception-frame',
    // A perceived feeling: "I can hear how tired you are", "I can understand how hurtful that is"; what they have
    // been through, imagined: "I can only imagine how hard that was" (not "I can imagine the board will push back").
    // What what they told does to them is theirs without a "you": "I can see how that would make it hard to trust them".
    apply: (x) =>
      (m = PERCEPTION_FRAME.exec(x.body)) &&
      (((SECOND_PERSON.test(x.body) || m[0].endsWith('understand ') || WHAT_THAT_DOES.test(x.body)) && STATE_WORDS.test(x.body)) ||
        (m[0].endsWith('imagine') && IMAGINE_WHAT.test(x.body.slice(m[0].length))) ||
        (SENSING_FRAME.test(m[0]) && SENSED_FEELING.test(x.body.slice(m[0].length)))) &&
      !AFFIRMATION.test(x.body) &&
      // "I can hear how scared you are, and I really think you should get it checked": the advice after it is the move (it dominates).
      !solutionInAnotherClause(x.body.slice(m.index + m[0].length))
        ? read(x.text, 'reflection', x.base, x.span.end, 'names what the other person feels')
        : null,
  },
  {
    id: 'agenda',
    // "I thought today we could talk about how the handover went": what the conversation turns to, not advice.
    apply: (x) =>
      ((m = AGENDA_SETTING.exec(x.body)) && BEFORE_AGENDA.test(x.body.slice(0, m.index))) || (m = AGENDA_PURPOSE.exec(x.body)) ? readMatch(x.text, 'other', m, x.base, 'sets what the conversation turns to') : null,
  },
  {
    id: 'advice-menu',
    apply: (x) => ((m = ADVICE_MENU.exec(x.body)) ? readMatch(x.text, 'advice', m, x.base, 'a menu of what others do (advice)') : null),
  },
  {
    id: 'helps-to',
    apply: (x) => ((m = HELPS_TO.exec(x.body)) ? readMatch(x.text, 'advice', m, x.base, 'a suggestion phrased as what helps') : null),
  },
  {
    id: 'advice',
    apply: (x) => ((m = firstCue(ADVICE, ADVICE_G, x.s, 0, ownSuggestion)) ? readMatch(x.text, 'advice', m, x.span.start, 'a suggestion from the leader') : null),
  },
  {
    id: 'warning',
    apply: (x) => ((m = WARNING.exec(x.body)) ? readMatch(x.text, 'information', m, x.base, 'a warning of what will happen if nothing changes') : null),
  },
  {
    id: 'hands-over',
    // Handing the decision over is neither an ask nor a tell; delegation.ts reads its level.
    // Asked as a question ("So what do you want to do from here"), it is the question's to read.
    apply: (x) =>
      (m = THEY_DECIDE.exec(x.s) ?? DELEGATE.exec(x.s)) && !isQuestion(x) && !decidesAfterAnInstruction(x, m) ? readMatch(x.text, 'other', m, x.span.start, 'hands the decision over') : null,
  },
  {
    id: 'courtesy',
    // Leaves them free to refuse what the leader brings; autonomy, as RUBRIC.md §1 has it (other).
    apply: (x) => ((m = COURTESY.exec(x.s)) && !isQuestion(x) ? readMatch(x.text, 'other', m, x.span.start, 'leaves them free to take it or leave it') : null),
  },
  {
    id: 'directive',
    apply(x) {
      if (!(m = firstCue(DIRECTIVE, DIRECTIVE_G, x.s, 0, ownWords))) return null;
      // "You're going to send the draft" after "I'll send the draft": their plan given back, not an order.
      if (x.context?.planned && YOUR_PLAN.test(m[0]) && x.context.echoed(x.s.slice(m.index + m[0].length)))
        return readMatch(x.text, 'reflection', m, x.span.start, 'gives back the plan the other person stated', 'their-plan');
      return readMatch(x.text, 'directive', m, x.span.start, 'an instruction or a decision announced');
    },
  },
  {
    id: 'imperative',
    // "Note: the office is closed": a verb used as a label before a colon instructs nothing.
    apply: (x) => ((m = IMPERATIVE_START.exec(x.body)) && x.body[m[0].length] !== ':' ? readMatch(x.text, 'directive', m, x.base, 'an instruction (imperative)') : null),
  },
  {
    id: 'you-instruction',
    apply: (x) => ((m = YOU_INSTRUCTION.exec(x.body)) ? readMatch(x.text, 'directive', m, x.base, 'an instruction to them, its subject said') : null),
  },
  {
    id: 'spoken-you-instruction',
    apply(x) {
      if (!(m = SPOKEN_YOU_INSTRUCTION.exec(x.body))) return null;
      const instruction = m[1] ?? m[2];
      const at = x.base + (m[1] ? m[0].length - instruction.length : 0);
      return read(x.text, 'directive', at, at + instruction.length, 'an instruction to them, its subject said, after a condition or with its urgency');
    },
  },
  {
    id: 'opener-imperative',
    // An instruction after an adverb or a frame ("Instead move the stand-up", "The point is, tell him ..."); after
    // "maybe"/"perhaps" it is a tentative suggestion; encouragement stays encouragement ("Definitely go easy on yourself").
    apply(x) {
      const opener = BEFORE_INSTRUCTION.exec(x.body);
      if (!opener || opener[0].length >= x.body.length) return null;
      return TENTATIVE_OPENER.test(opener[0])
        ? instructionAt(x, opener[0].length, 'advice', 'a tentative suggestion')
        : instructionAt(x, opener[0].length, 'directive', 'an instruction after an opening word');
    },
  },
  {
    id: 'clause-imperative',
    // An instruction after a condition or a time ("Once the audit is done, send Priya the file"), drawn
    // from a reason ("You deserve to know why, so ask HR", "It's late so go home"), or after a concession ("You did your best, but talk to Ines").
    apply(x) {
      const clause = LEADING_CLAUSE.exec(x.body) ?? SO_THEN.exec(x.body) ?? BUT_CLAUSE.exec(x.body) ?? SO_BARE.exec(x.body) ?? NOW_CLAUSE.exec(x.body);
      if (!clause) return null;
      const at = clause.index + clause[0].length + skipFillers(x.body.slice(clause.index + clause[0].length));
      // "You've worked hard for this, so be proud of yourself": encouragement after the reason instructs
      // nothing; the sentence is read as a whole.
      return (m = instructionOpening(x.body.slice(at))) ? readMatch(x.text, 'directive', m, x.base + at, 'an instruction after a condition, a time, a reason or a concession') : null;
    },
  },
  {
    id: 'preface-imperative',
    // An instruction after a short preface ending in a colon or a dash ("Quick one - move the stand-up");
    // a preface that names a tip or a suggestion makes it advice.
    apply(x) {
      const preface = PREFACE.exec(x.body);
      // "There's this cycle - eat nothing, then binge": a pattern of theirs, described, not an instruction.
      if (!preface || THERE_IS_THIS.test(preface[0])) return null;
      const at = preface[0].length + skipFillers(x.body.slice(preface[0].length));
      // "Quick question - tell me what happened": an invitation after the preface is left to the rules for it.
      return SUGGESTION_PREFACE.test(preface[0])
        ? instructionAt(x, at, 'advice', 'a suggestion, introduced as one', OPEN_START)
        : instructionAt(x, at, 'directive', 'an instruction after a preface', OPEN_START);
    },
  },
  {
    id: 'affirmation',
    // "Good instinct, I'd still flag it to HR though": a suggestion in another clause dominates the praise.
    apply: (x) =>
      (m = AFFIRMATION.exec(x.s)) && !anotherClauseCarriesTheMove(x.s.slice(m.index + m[0].length)) && !praisesAService(x.s.slice(0, m.index))
        ? readMatch(x.text, 'affirmation', m, x.span.start, "recognises the other person's effort or idea")
        : null,
  },
  {
    id: 'greeting',
    apply: (x) =>
      (m = OTHER.exec(x.body)) && !SECOND_PERSON.test(x.body.slice(m[0].length)) && !REFLECTION_IN_A_LATER_CLAUSE.test(x.body.slice(m[0].length)) ? readMatch(x.text, 'other', m, x.base, 'greeting, thanks or logistics') : null,
  },
  {
    id: 'introduction',
    // The leader saying who they are ("I'm Anna", "it's Claire from the clinic", "you must be Josh"): a greeting.
    apply(x) {
      if (!(m = INTRODUCES_NAME.exec(x.body)) || !isCapital(x.text.charCodeAt(x.base + m[0].length))) return null;
      // The name and then a pause or who they are ("I'm Anna, I look after ..."), not "I'm Anna's manager, so ...".
      return NAME_THEN_PAUSE.test(x.body.slice(m[0].length)) ? readMatch(x.text, 'other', m, x.base, 'an introduction') : null;
    },
  },
  {
    id: 'own-state',
    // The leader's own state or standing said in passing: small talk, not information offered.
    apply: (x) => ((m = OWN_STATE.exec(x.body)) && !FACTUAL.test(x.body) ? readMatch(x.text, 'other', m, x.base, "the leader's own state, said in passing") : null),
  },
  {
    id: 'siding',
    // The leader's verdict on someone else's conduct, on the other person's side: neither their meaning given back nor a fact.
    apply: (x) => ((m = SIDING.exec(x.body)) ? readMatch(x.text, 'other', m, x.base, "sides with them about someone else's conduct") : null),
  },
  {
    id: 'relief-ahead',
    // Told after every instruction and advice rule had its chance: "Push the launch and things will be fine" stays an instruction.
    apply: (x) => (!aboutThem(x) && (m = RELIEF_AHEAD.exec(x.body)) ? readMatch(x.text, 'affirmation', m, x.base, 'reassurance: things will get better') : null),
  },
  {
    id: 'normalising',
    // A hardship said of anyone or in general, to reassure; tried after every instruction and advice rule.
    apply: (x) => ((m = NORMALISING.exec(x.body)) ? readMatch(x.text, 'affirmation', m, x.base, 'normalises the hardship (reassurance)') : null),
  },
  {
    id: 'record-fact',
    apply: (x) => ((m = RECORD_FACT.exec(x.body)) ? readMatch(x.text, 'information', m, x.base, 'a fact read from a record') : null),
  },
  {
    id: 'elided-feeling',
    apply: (x) => ((m = ELIDED_FEELING.exec(x.body)) && !isQuestion(x) ? readMatch(x.text, 'reflection', m, x.base, 'a feeling of theirs given back, its subject left out') : null),
  },
  {
    id: 'felt-meaning',
    // "Asking Dan would feel like admitting you can't cope": what a doing of theirs feels like to them, given back.
    // "Walking makes you feel better" and "Starting a job can feel like a lot" stay claims (general-claim, below).
    apply: (x) => ((m = FELT_MEANING.exec(x.body)) && feltByThem(x, m[0]) ? readMatch(x.text, 'reflection', m, x.base, 'what a doing of theirs feels like to them, given back') : null),
  },
  {
    id: 'general-claim',
    apply(x) {
      if (!(m = GENERAL_CLAIM.exec(x.body) ?? bareClaim(x))) return null;
      // "Using it would feel like admitting something" after "I don't use it": what their own doing means to
      // them, given back; "Talking to someone can help" stays a general claim.
      const doing = GERUND_START.exec(x.body);
      if (doing && x.context?.hasTurn && !x.context.asked && !WHAT_HELPS.test(x.body) && saidVerb(x.context, doing[1]))
        return readMatch(x.text, 'reflection', m, x.base, 'what their own doing means to them, given back', 'their-doing');
      return readMatch(x.text, 'information', m, x.base, 'a general statement about what helps or happens');
    },
  },
  {
    id: 'information',
    // A sentence about the other person is read for a reflection first; any other for information first.
    apply: (x) => (!aboutThem(x) && (m = INFORMATION.exec(x.s)) ? readMatch(x.text, 'information', m, x.span.start, "facts or the leader's own experience") : null),
  },
  {
    id: 'about-others',
    // The leader's guess about someone else ("He'll probably feel relieved"), even with a state word and "you" in it:
    // not what the other person said or feels. Praise of them in that frame stays praise ("They should be proud of you").
    apply(x) {
      if (!OTHERS_START.test(x.body) || !SPECULATION.test(x.body)) return null;
      if ((m = POSITIVE_VERDICT.exec(x.body))) return readMatch(x.text, 'affirmation', m, x.base, 'praise or relief');
      return read(x.text, 'information', x.base, x.span.end, "the leader's guess about someone else");
    },
  },
  {
    id: 'their-words',
    // Their words given back by name, figures and all, or their experience named ("That's a lonely place to be").
    apply: (x) =>
      (m = THEIR_WORDS_FRAME.exec(x.body) ?? EXPERIENCE_NAMED.exec(x.body)) && !x.fragment
        ? readMatch(x.text, 'reflection', m, x.base, 'gives back what the other person said or feels')
        : null,
  },
  {
    id: 'reflection-cue',
    apply(x) {
      // A sentence about them that states figures, dates or rules ("Your manager has to approve overtime,
      // that's the policy") is information unless it also names a state or feeling.
      const figure = statesFigure(x);
      if (aboutThem(x) && figure && !STATE_WORDS.test(x.body)) return null;
      // A cue inside the skipped fillers ("Just so you know, ...") does not make the body a reflection.
      m = firstCue(REFLECTION, REFLECTION_G, x.s, x.bodyAt, (s, found) => theirExperience(x, s, found));
      // "So your score came out at nineteen", "So the limit is about a pint" (after "How much can I have?"):
      // a "so" that brings a figure, or answers their question, tells them something new.
      if (m && m[0].startsWith('so ') && (GENERAL_EXPLANATION.test(x.body) || (!STATE_WORDS.test(x.body) && (figure || (x.context?.asked && !/^so (?:you|u)\b/.test(m[0])))))) return null;
      // "What you're describing is pretty common", "From what you've described, it fits what we'd call ME": their words named as a general thing.
      if (m && (m[0].startsWith('what ') || m[0].startsWith('from ')) && GENERAL_EXPLANATION.test(x.body)) return null;
      return m ? readMatch(x.text, 'reflection', m, x.span.start, 'gives back what the other person said or feels') : null;
    },
  },
  {
    id: 'information-about-them',
    // Only a sentence about them reaches here without INFORMATION having been tried.
    apply: (x) => (aboutThem(x) && (m = INFORMATION.exec(x.s)) ? readMatch(x.text, 'information', m, x.span.start, "facts or the leader's own experience") : null),
  },
  {
    id: 'logistics',
    apply: (x) => ((m = OTHER.exec(x.body)) ? readMatch(x.text, 'other', m, x.base, 'greeting, thanks or logistics') : null),
  },
  {
    id: 'too-short',
    // "Exhausted." in answer to their turn names their state; "Twelve." carries nothing.
    apply: (x) =>
      // "Quit.", "Mute him.": an instruction however short.
      hasAtMostTwoWords(x.body) && !IMPERATIVE_START.test(x.body) && !(x.context?.hasTurn && (STATE_WORDS.test(x.body) || x.context.echoed(x.body)))
        ? read(x.text, 'other', x.span.start, x.span.end, 'too short to carry an ask or a tell')
        : null,
  },
  {
    id: 'echo',
    apply(x) {
      // Their own words and nothing else ("Tuesday to Friday.", "Before, not after."), figures and all: a
      // repeat. When their turn asked something, one word of it is an answer ("Friday." to "Thursday or Friday?").
      if (x.context && !x.fragment && hasAtMostWords(x.body, 8) && !FIRST_PERSON.test(x.body)) {
        const [shared, total] = x.context.overlap(x.body);
        if (shared === total && shared > (x.context.asked ? 1 : 0) && !isFormula(x)) return read(x.text, 'reflection', x.base, x.span.end, "repeats the other person's words");
      }
      // Sharing words with their turn does not make a restatement of figures, dates or rules, of the
      // leader's own world ("I asked my wife to ..."), of a prediction or possibility ("they might help
      // with your anxiety") or of a general truth ("Friends are ..."); nor does a cut-off fragment.
      const echo =
        x.fragment || (FACTUAL.test(x.body) && !STATE_WORDS.test(x.body)) || FIRST_PERSON.test(x.body) || NOT_A_RESTATEMENT.test(x.body) || FOR_EVERYONE.test(x.body) || EFFECT_CLAIM.test(x.body) || AMOUNT_VERDICT.test(x.body) || POSSIBILITY_OFFERED.test(x.body) || (GENERAL_SUBJECT.test(x.body) && !hasAtMostWords(x.body, 5))
          ? null
          : x.context && !x.context.asked ? x.context.echoed(x.body) : null;
      return echo && !isFormula(x) ? read(x.text, 'reflection', x.base + echo.start, x.base + echo.end, "gives back the other person's words") : null;
    },
  },
  {
    id: 'about-them',
    // What the other person is, has done or is going through, said back to them in answer to their
    // turn ("You take pride in getting it right"), or a state or feeling attributed to them. Not a
    // possibility, a prediction or a condition ("you can book the room", "you will find a way").
    // "You" has to be the one described: not the object of someone else's doing ("clients want you to ..."), and
    // not in the leader's own guess ("You were new, I guess": their view, not the other person's meaning).
    apply: (x) =>
      !x.fragment &&
      namesThemAsActor(x.body) &&
      !LEADER_VIEW.test(x.body) &&
      !FIRST_PERSON_START.test(x.body) &&
      !statesFigure(x) &&
      !GENERAL_EXPLANATION.test(x.body) &&
      ((STATE_WORDS.test(x.body) && !youInsideAClause(x) && !POSSIBILITY_OFFERED.test(x.body)) ||
        (x.context?.hasTurn ? !x.context.asked && aboutThem(x) : THEIR_STORY.test(x.body)) && !MODAL_OR_CONDITION.test(x.body))
        ? read(x.text, 'reflection', x.span.start, x.span.end, 'says back what the other person is going through')
        : null,
  },
  {
    id: 'restates-situation',
    // Answering their turn, a statement about their situation (a state, them, or what has been
    // happening) that brings in nothing of the leader's own world and no general truth: "Work has been relentless."
    apply: (x) =>
      !x.fragment &&
      x.context?.hasTurn &&
      !x.context.asked &&
      !FIRST_PERSON.test(x.body) &&
      !statesFigure(x) &&
      !GENERAL_EXPLANATION.test(x.body) &&
      !GENERAL_SUBJECT.test(x.body) &&
      !FOR_EVERYONE.test(x.body) &&
      !MODAL_OR_CONDITION.test(x.body) &&
      !AMOUNT_VERDICT.test(x.body) &&
      !(INTRODUCES_SOMETHING.test(x.body) && !STATE_WORDS.test(x.body)) &&
      !bringsInSomeoneElse(x) &&
      (SECOND_PERSON.test(x.body) ? namesThemAsActor(x.body) : STATE_WORDS.test(x.body) || WHAT_HAS_BEEN.test(x.body))
        ? read(x.text, 'reflection', x.span.start, x.span.end, "restates the other person's situation")
        : null,
  },
  {
    id: 'reflective-fragment',
    // In answer to their turn, a short verbless phrase about how things are for them ("Another late
    // one", "Still no word from them"): a counsellor's simple reflection with no cue word.
    apply: (x) =>
      !x.fragment && x.context?.hasTurn && !x.context.asked && (m = REFLECTIVE_FRAGMENT.exec(x.body)) && hasAtMostWords(x.body, 10) && !FIRST_PERSON.test(x.body) && !MODAL_OR_CONDITION.test(x.body)
        ? read(x.text, 'reflection', x.base, x.span.end, 'gives back how things are for them, in a few words')
        : null,
  },
  {
    id: 'fragment',
    apply: (x) => (x.fragment ? read(x.text, 'other', x.span.start, x.span.end, 'an unfinished fragment') : null),
  },
  {
    id: 'exclamation',
    // "What a painful year for both of you": feeling with them, neither a question nor a fact.
    apply: (x) => (EXCLAMATION.test(x.body) ? read(x.text, 'other', x.span.start, x.span.end, 'an exclamation that feels with them') : null),
  },
  {
    id: 'positive-verdict',
    // Said of a service named before it ("Samaritans are amazing, they're open all night"), praise recommends it: information (RESOURCE).
    apply: (x) => ((m = POSITIVE_VERDICT.exec(x.body)) && !FACTUAL.test(x.body) && !praisesAService(x.body.slice(0, m.index)) ? readMatch(x.text, 'affirmation', m, x.base, 'praise or relief') : null),
  },
  {
    id: 'no-content',
    // What reaches here has no cue of its own. It informs only if it carries something to inform
    // about (a figure or date, a name, a service named, a thing or body that acts, what exists, the leader's view or
    // experience, a time); a bare remark ("It is what it is", "That's life") is other.
    apply(x) {
      if (CONTENT.test(x.s) || RESOURCE.test(x.body) || AMOUNT_VERDICT.test(x.body) || EFFECT_CLAIM.test(x.body) || NAMED.test(x.text.slice(x.base + 1, x.span.end)) || NAME_OWNS.test(x.text.slice(x.base, x.span.end))) return null;
      // Answering their turn, such a remark about what they do or are gives it back ("Something keeps stopping you from raising it").
      if (x.context?.hasTurn && !x.context.asked && namesThemAsActor(x.body) && !MODAL_OR_CONDITION.test(x.body) && !FIRST_PERSON.test(x.body))
        return read(x.text, 'reflection', x.span.start, x.span.end, 'gives back what the other person is or does, in answer to their turn', 'remark-about-them');
      return read(x.text, 'other', x.span.start, x.span.end, 'a remark with nothing to inform, ask or advise');
    },
  },
  {
    id: 'close-restatement',
    // Answering their turn with no cue of its own: their words with at most two content words of the
    // leader's own, and no "I" or general truth, is their meaning given back (MITI's simple reflection).
    apply(x) {
      if (!x.context?.hasTurn || x.context.asked || x.fragment || FIRST_PERSON.test(x.body) || GENERAL_EXPLANATION.test(x.body) || AMOUNT_VERDICT.test(x.body) || POSSIBILITY_OFFERED.test(x.body)) return null;
      const [shared, total] = x.context.overlap(x.body);
      return shared >= 1 && total - shared <= 2 ? read(x.text, 'reflection', x.span.start, x.span.end, "gives back the other person's words, adding little of its own") : null;
    },
  },
  {
    id: 'fallback-information',
    apply: (x) => read(x.text, 'information', x.span.start, x.span.end, 'a statement of fact or view'),
  },
];

const QUESTIONS = ruleList(QUESTION_PATH);
const STATEMENTS = ruleList(STATEMENT_PATH);
const QUESTIONS_UNMARKED = ruleList(QUESTION_RULES);
const QUESTIONS_IN_A_CLAUSE = ruleList(QUESTION_RULES_BEFORE_FALLBACK);

/** Every rule, questions then statements, each once: the table `eval:rubric --by-rule` and the warm-up read. */
export const RULES: readonly Rule[] = [...QUESTION_PATH, ...STATEMENT_PATH.slice(OPENING_RULES.length)];

