import type { Rule } from './classify';
import { mayStart } from './cue-gate';
import { ADVICE_MENU, ASSURANCE_OPENER, BARE_CLAIM, BEFORE_INSTRUCTION, CLOSED_START, CLOSING, GENERAL_CLAIM, HELPS_TO, IMPERATIVE_START, INDIRECT_QUESTION, INFO_OPENER, INVITING_OPENER, LEADING_START, NEGATIVE_PROPOSAL, NOBODY_PERFECT, OPEN_START, OWN_STATE, PERMISSION_QUESTION, PHATIC, PLEASE, RAPPORT, RECORD_FACT, REQUEST_ABLE, REQUEST_QUESTION, REQUEST_SOMEONE, SIDING, SOFT_IMPERATIVE, SPOKEN_YOU_INSTRUCTION, SYMPATHY, UNDERSTANDING_CHECK, WARNING, YOU_INSTRUCTION } from './move-cues';
import { ELIDED_FEELING, EXPERIENCE_NAMED, INTRODUCES_NAME, OTHERS_START, REFLECTIVE_FRAGMENT, TENTATIVE_SUGGESTION, THEIR_WORDS_FRAME } from './sentence-words';

// Which of a list's rules need not run for a sentence, in Node (the page runs them all:
// rule-gate.browser.ts, through package.json's "#rule-gate" import). Many rules answer only when a list
// tied to the body's start matches there, and most such lists cannot begin as most bodies do: "what"
// or "the" starts none of the closings, warnings or requests. The lists' automata (cue-automaton.ts)
// tell from a body's first two words which rules may answer; the answer is kept by those words, so a
// sentence asks one table, not a list's automaton for each rule. In the bench's long replies this skips about
// 110 of some 300 rule runs.

/**
 * For each rule tied to the body's start, the lists one of which must match there for it to answer at
 * all. test/core/rubric/rule-starts.test.ts holds every rule to it on every case and development sentence.
 */
export const RULE_STARTS: Readonly<Record<string, readonly RegExp[]>> = {
  'understanding-check': [UNDERSTANDING_CHECK],
  'info-opener': [INFO_OPENER],
  'question.phatic': [PHATIC],
  'question.request': [REQUEST_QUESTION, REQUEST_SOMEONE],
  'question.request-able': [REQUEST_ABLE],
  'question.negative-proposal': [NEGATIVE_PROPOSAL],
  'question.leading': [LEADING_START],
  'question.permission': [PERMISSION_QUESTION],
  'question.closed': [CLOSED_START],
  'question.tentative-suggestion': [TENTATIVE_SUGGESTION, IMPERATIVE_START],
  'sympathy': [SYMPATHY],
  'assurance-opener': [ASSURANCE_OPENER],
  'closing': [CLOSING],
  'rapport': [RAPPORT],
  'nobody-perfect': [NOBODY_PERFECT],
  'soft-imperative': [SOFT_IMPERATIVE, PLEASE],
  'invitation': [PLEASE, OPEN_START, INVITING_OPENER],
  'indirect-question': [INDIRECT_QUESTION],
  'advice-menu': [ADVICE_MENU],
  'helps-to': [HELPS_TO],
  'warning': [WARNING],
  'imperative': [IMPERATIVE_START],
  'you-instruction': [YOU_INSTRUCTION],
  'spoken-you-instruction': [SPOKEN_YOU_INSTRUCTION],
  'opener-imperative': [BEFORE_INSTRUCTION],
  'introduction': [INTRODUCES_NAME],
  'own-state': [OWN_STATE],
  'siding': [SIDING],
  'record-fact': [RECORD_FACT],
  'elided-feeling': [ELIDED_FEELING],
  'general-claim': [GENERAL_CLAIM, BARE_CLAIM],
  'about-others': [OTHERS_START],
  'their-words': [THEIR_WORDS_FRAME, EXPERIENCE_NAMED],
  'reflective-fragment': [REFLECTIVE_FRAGMENT],
};

/** What is known of the rules for bodies that begin with `start`: the bits of those asked about it, and of those that may answer. */
export interface StartAnswers {
  readonly start: string;
  asked: number;
  may: number;
}

/** Which rules of a list need not run for a body. */
export interface RuleGate {
  /** A bit for each rule with starts; 0 for the rest, which always run. */
  readonly bitOf: Int32Array;
  /** What is known of the rules for bodies that begin as `body` does. */
  answersFor(body: string): StartAnswers;
  /** Whether rule `i` (which has a bit) may answer such a body: its lists are asked the first time. */
  mayRun(answers: StartAnswers, i: number): boolean;
}

/** Rules with starts a list gives a bit each (those past it always run). */
const MOST_BITS = 31;
/** Starts kept a list, so memory stays bounded whatever texts hold (about 2 MB): our 24,931 case and development texts start statements 8,212 ways. */
const MOST_STARTS = 20_000;
/** Past this many characters a body's start says enough. */
const LONGEST_START = 20;

/** `body`'s first two words and the character after each (a space, an apostrophe, a comma), at most LONGEST_START characters. */
export function startOf(body: string): string {
  let end = 0;
  let words = 0;
  while (end < body.length && end < LONGEST_START) {
    const c = body.charCodeAt(end++);
    if ((c < 97 || c > 122) && ++words === 2) break;
  }
  return body.slice(0, end);
}

export const ruleGate = (rules: readonly Rule[]): RuleGate => new StartGate(rules);

class StartGate implements RuleGate {
  readonly bitOf: Int32Array;
  private readonly starts: (readonly RegExp[] | undefined)[];
  private readonly answersByStart = new Map<string, StartAnswers>();

  constructor(rules: readonly Rule[]) {
    this.bitOf = new Int32Array(rules.length);
    this.starts = rules.map((rule) => RULE_STARTS[rule.id]);
    let next = 0;
    this.starts.forEach((starts, i) => {
      if (starts && next < MOST_BITS) this.bitOf[i] = 1 << next++;
    });
  }

  answersFor(body: string): StartAnswers {
    const start = startOf(body);
    let answers = this.answersByStart.get(start);
    if (!answers) {
      if (this.answersByStart.size >= MOST_STARTS) this.answersByStart.clear();
      this.answersByStart.set(start, (answers = { start, asked: 0, may: 0 }));
    }
    return answers;
  }

  // A rule's lists are asked only when a sentence reaches the rule: most sentences are settled long before
  // the last rules, whose automata would otherwise all be built by the first reply.
  mayRun(answers: StartAnswers, i: number): boolean {
    const bit = this.bitOf[i];
    if ((answers.asked & bit) === 0) {
      answers.asked |= bit;
      if (this.starts[i]!.some((list) => mayStart(list, answers.start))) answers.may |= bit;
    }
    return (answers.may & bit) !== 0;
  }
}
