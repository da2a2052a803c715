import type { SentenceReading } from './reading';
import { EFFECT_CLAIM, FACTUAL, IRREGULAR_PAST, NAME_OWNS, NAMED, SECOND_PERSON } from './sentence-words';

// Information makes a reply a tell (dominance rule). But in a reply that is rapport or
// encouragement ("Lovely to hear. Nobody enjoys a Monday like that."), a remark that offers no
// fact of its own (no figure, date, name, record, event or time, and nothing about the other person)
// is small talk, which coders call other, not information. Concrete information keeps its label
// ("Thanks. The server was down for most of the morning.").

/** An event with a definite subject, or a time: "The rota starts next week", "Our churn was up". */
const EVENT =
  /^(?:[a-z]+[\s,]+)?(?:the|our|their|his|her|this|that|these|those) (?:[a-z-]+ ){0,2}(?:is|was|were|are|has|had|have|will|won't|starts?|started|went|came|got|gets)\b|\b(?:today|tomorrow|tonight|yesterday|(?:next|last|this) (?:week|month|quarter|year|morning|afternoon))\b/;
/** What exists or is on offer is a fact: "There are shorter courses", "There's a late session on Tuesdays" (not "There's nothing worse"). */
const SOMETHING_EXISTS = /^(?:(?:and|but|so|also|then)[\s,]+)?there(?:'s| is| are|'re| was| were)(?: also| actually)? (?!(?:absolutely |really |honestly |just )?(?:nothing|no|a lot|lots|so much|so many|too much|always|never|plenty)\b)/;
/** Information rules whose evidence is concrete whatever the words: a record, an announced heads-up. */
const CONCRETE_RULES = new Set(['record-fact', 'info-opener']);

export const REMARK_RULE = 'remark-among-rapport';
export const EXCLAIMED_RULE = 'exclaimed-remark';
export const REMARK_REASON = 'a remark beside rapport, with no fact of its own';
export const EXCLAIMED_REASON = 'an exclamation that no cue settles: an expressive remark, not information or their words given back';

/** Whether an information reading of `sentence` (original text) and `lower` (normalised) is only a remark. */
export function isBareRemark(reading: SentenceReading, sentence: string, lower: string): boolean {
  return (
    reading.kind === 'information' &&
    !CONCRETE_RULES.has(reading.rule) &&
    !SECOND_PERSON.test(lower) &&
    !FACTUAL.test(lower) &&
    !NAMED.test(sentence.slice(1)) &&
    !NAME_OWNS.test(sentence) &&
    !EVENT.test(lower) &&
    !EFFECT_CLAIM.test(lower) &&
    !SOMETHING_EXISTS.test(lower)
  );
}

// An exclamation is expressive: in a reply that exclaims ("Ha, the printer strikes again!", "Such a
// relief for everyone!") and whose every sentence is a cue-less reading or a social formula, a
// cue-less statement is a remark (other), not information or the other person's words given back.
// Concrete information keeps its label ("Your review is on Monday at ten!"), and so does anything a
// cue decided: a reflection frame, an instruction, praise.

// Leave asked to inform ("Can I share a bit about how it works?") and then the information in the same
// reply: the question is a preface (MITI's giving information with permission), so the reply is the
// information it gives, not a question about the other person. Asked on its own, it stays a question.
export const PERMISSION_RULE = 'question.permission';
export const LEAVE_TO_INFORM_RULE = 'leave-to-inform';
export const LEAVE_TO_INFORM_REASON = 'asks leave to share, and the reply goes on to share it';

/** Rules that read a sentence with no cue of its own: the fallbacks and the cue-less reflections. */
export const CUELESS_RULES: ReadonlySet<string> = new Set(['fallback-information', 'no-content', 'about-them', 'restates-situation', 'echo']);
/** Social formulas: they keep their reading and leave the reply open to the exclamation check. */
const FORMULA_RULES: ReadonlySet<string> = new Set(['filler-only', 'sympathy', 'greeting']);

/** Whether the reply (normalised) exclaims and no sentence in it was read by a cue other than a social formula. */
export function isExclaimedRemark(lower: string, read: readonly { rule: string }[]): boolean {
  return lower.includes('!') && read.every(({ rule }) => CUELESS_RULES.has(rule) || FORMULA_RULES.has(rule));
}

// Praise that points at what the person did ("You came in and owned the mistake. That's not nothing.",
// "You picked up the phone tonight. Well done."): the deed said back is what the praise is for, so in a
// reply that affirms, a cue-less sentence about what they did is part of the affirmation (MITI's
// affirm), not information or a reflection.
export const PRAISED_DEED_RULE = 'praised-deed';
export const PRAISED_DEED_REASON = 'what they did, said back as the ground of the praise';
const WHAT_THEY_DID = new RegExp(
  `^(?:(?:and|but|so|honestly|look|okay|well|still|wow|oh|gosh|blimey|seriously|and yet|and at the same time|at the same time|even so)[\\s,]+)*(?:you|u) (?:\\w+ed|${IRREGULAR_PAST}|did|got|stood|brought|spoke|faced|picked|stuck|showed|rang|set|started|chose|let|drew|fought|won|built|taught|paid)\\b`,
);

/** Whether a cue-less reading of `lower` (normalised sentence) tells what the other person did. */
export const isPraisedDeed = (rule: string, lower: string): boolean => CUELESS_RULES.has(rule) && rule !== 'no-content' && WHAT_THEY_DID.test(lower);

// A summary checked with them ("... and you're going to talk to Priya. Is that about right?", "Let me
// check I've got this: ..."): its "you're going to" and "what you're thinking about is" give back
// what they said, so in a reply that asks them to check it, a tell about them is part of the summary.
export const CHECKED_SUMMARY_RULE = 'checked-summary';
export const CHECKED_SUMMARY_REASON = 'part of a summary the leader asks them to check';
const CHECKS_UNDERSTANDING =
  /\b(?:is that (?:about |more or less |roughly |pretty much )?(?:right|it|fair)|have i got (?:that|it|this|everything) (?:right|down)|did i (?:get|miss) (?:that|it|anything|everything)|(?:does that )?sounds? (?:about )?right|am i (?:right|close|on the right track|missing anything)|have i missed anything|(?:is there )?anything i(?:'ve| have)? missed)\b/;
const SUMMARY_RULES: ReadonlySet<string> = new Set(['directive', 'advice', 'fallback-information']);

/** Whether a sentence (normalised) asks them to check what the leader just gave back, or announces a check. */
export const checksSummary = (rule: string, lower: string): boolean => rule === 'understanding-check' || CHECKS_UNDERSTANDING.test(lower);
/** Whether a reading is of a kind a checked summary may read again (a tell with no cue of praise or sympathy). */
export const mayBeSummarised = (rule: string): boolean => SUMMARY_RULES.has(rule);
/** Whether a reading inside a checked summary gives back what they said: a tell about them. */
export const isSummarised = (rule: string, lower: string): boolean => SUMMARY_RULES.has(rule) && SECOND_PERSON.test(lower);

// A yes/no question whose benefit the next sentence argues ("Have you shown her the rota? That might
// change her mind.", "Could you try a shorter walk? It might make the mornings easier."): the leader's
// own fix, asked as a question (MITI's persuade), or its worth to them ("Have you told the team yet? It'd be
// good for them to hear it from you."). Not when the benefit is the leader's ("That would help me plan", "It
// will be important to know what he said").
export const ARGUED_SUGGESTION_RULE = 'argued-suggestion';
export const ARGUED_SUGGESTION_REASON = 'a question that proposes a fix, its benefit argued in the next sentence';
const PROPOSING_QUESTION = /^(?:(?:so|and|but|okay|ok|well|hmm|mm|right|also)[\s,]+)*(?:(?:have|could|would|can|did) (?:you|u) |(?:are|were) (?:you|u) able to |(?:is|are) there (?:any|a|an|some)\b)/;
/** "That might change her mind", "It could make the mornings easier": the fix's effect, not the leader's ("... help me"). */
const ITS_EFFECT = String.raw`(?:(?:and|but|so|because|cos|honestly)[\s,]+)*(?:that|this|it|which|doing that|they|he|she) (?:might|may|could|would|will|can) (?:really |also |even |well |actually |probably )?(?:help|make|ease|take|change|show|save|stop|calm|settle|sort|give|get|cut|bring)\b(?! (?:me|us)\b)`;
/** "It'd be good for them to hear it from you", "Sometimes that's a great way to ...", "There are some groups ...": its worth to them. */
const ITS_WORTH = String.raw`(?:(?:and|but|so|honestly)[\s,]+)*(?:it(?: will| would| might| could| may|'d) be (?:really |very |so )?(?:(?:important|helpful|useful|good) for (?:them|you|u|him|her|the|your|everyone)\b|worth)|(?:sometimes |often )?(?:that|this|it)(?:'s| is) (?:a |such a )?(?:great|good|lovely|nice) way to|(?:i know )?(?:that|it|this) (?:has |really )?helped me|there are (?:some|many|lots of|loads of|plenty of) (?:[a-z]+ )?(?:organisations|organizations|services|groups|charities|websites|apps|resources|helplines)|the extra [a-z]+ (?:might|may|could|would|will) )`;
/** "Because with your hours cut you'd probably be entitled to something": what they would get. */
const WHAT_THEY_GET = String.raw`(?:because|cos|'?cause)\b[^.?!]{0,60}\b(?:you|u)(?:'d| would| might| could| may|'ll| will) (?:probably |likely |well |also |really |definitely )?(?:be entitled|be eligible|qualify|get|save|feel|sleep|find|be able)\b`;
const ARGUED_BENEFIT = new RegExp(`^(?:${ITS_EFFECT}|${ITS_WORTH}|${WHAT_THEY_GET})`);

/** The rule whose readings `isArguedSuggestion` may read again. */
export const CLOSED_QUESTION_RULE = 'question.closed';

/** Whether a closed question (normalised) followed by `next` (normalised, the reply's next sentence) proposes a fix. */
export const isArguedSuggestion = (lower: string, next: string | undefined): boolean =>
  next !== undefined && PROPOSING_QUESTION.test(lower) && ARGUED_BENEFIT.test(next);
