import type { MoveKind, Span } from './types';
import * as moveCues from './move-cues';
import * as delegationCues from './delegation-cues';
import type { Echo } from './echo';

// The cues are read into module constants once: under CommonJS interop (tsx, which runs the bench
// and the server) every use of an imported binding is otherwise a getter call, dozens per sentence.
const {
  ADVICE, AFFIRMATION, CLOSED_START, CONCESSIVE, DIRECTIVE, FILLER_ONLY, HEDGE_OPENER, IMPERATIVE_START, INFORMATION, LEADING_FILLER,
  LEADING_START, NOT_A_PROPOSAL, OPEN_START, OTHER, PHATIC, REFLECTION, REQUEST_QUESTION, SOFT_IMPERATIVE, TAKEOVER,
  ENCOURAGER, UNDERSTANDING_CHECK, PERCEPTION_FRAME, INFO_OPENER, REPORTED_MIND, PROPOSAL_QUESTION, REQUEST_SOMEONE,
  REQUEST_ABLE, TALK_NOT_ACTION, NEGATIVE_PROPOSAL, ADVICE_MENU,
} = moveCues;
const { DELEGATE, THEY_DECIDE } = delegationCues;

// One sentence -> one move, by an ordered list of checks: the first that matches wins. The order
// encodes the rubric's priorities: a takeover anywhere in the sentence beats everything; questions
// are told apart by what they carry; statements go advice > directive > affirmation > reflection >
// information; what matches nothing falls back on the context (does it give back the other
// person's words?) and on who the sentence is about.

export interface SentenceReading {
  kind: MoveKind;
  /** Offsets (in the reply) of the words that earned the label. */
  cue: { start: number; end: number };
  reason: string;
}

const SECOND_PERSON = /\b(?:you|your|you're|youre|yourself|u|ur)\b/;
const FIRST_PERSON_START = /^(?:i|i'm|i've|i'd|i'll|im|my|we|we're|we've|our)\b/;
/** The leader speaking of their own world ("I", "we", "our team"): information, not a reflection. */
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|ive|my|me|mine|we|we're|we've|we'll|our|ours|us)\b/;
/** Facts that are nobody's feelings: figures, dates, amounts. */
const FACTUAL = /\d|\b(?:per ?cent|percent|monday|tuesday|wednesday|thursday|friday|january|february|march|april|june|july|august|september|october|november|december|budget|policy|contract|invoice|deadline is)\b/;
/** Words for states and feelings: a statement using them about the other person reads as a reflection. */
const STATE_WORDS = /\b(?:feel\w*|felt|worr\w+|scar\w+|afraid|anxious|stress\w*|tired|exhaust\w+|frustrat\w+|angry|upset|hurt|stung|low|stuck|torn|guilt\w*|ashamed|embarrass\w+|lonely|proud|relie\w+|hope\w*|want\w*|wish\w*|miss\w*|care\w*|matters?|means?|hard|tough|struggl\w+|cop\w+|juggl\w+|overwhelm\w*|sick of|fed up|pressure|weigh\w*)\b/;
const WORD = /[a-z0-9']+/g;
/** A wh-question after an opening clause: "If you could change one thing, what would it be?" */
const WH_CLAUSE = /[,;:]\s*(?:and |so |then )?(?:what|how|why|where|which)\b/;
/** "Is that something you'd want to...?": asks about what the other person raised, proposes nothing new. */
const ABOUT_THEIR_TOPIC = /^(?:is|was|would|could) (?:that|this|it) (?:something|anything|an area|a thing|what)\b/;
/** A capitalised name or title before a comma: "Sam, ..." (checked on the original text). */
const VOCATIVE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+/;
/** Openers that make an open-start statement an invitation to talk: "Tell me more." */
const INVITATION_START = /^(?:tell me|walk me|talk me|take me|run me|say|help me|describe|explain|i'?m curious|i wonder|i'?d love|i'?d like|any|thoughts|ideas|imagine|picture|share|fill me|give me)/;
/** Sentences about the other person ("So you...", "It sounds...", "Your..."): read for a reflection first. */
const ABOUT_THEM_START = /^(?:so\b|it sounds|sounds|it seems|seems|you|u\b|ur\b|your)/;
/** A suggestion straight after "if" states a condition ("What happens if we should slip?"), not a proposal. */
const IF_BEFORE = /\bif $/;
/** A modal then a capitalised name, in the original text: "Could Marco pick that up?" (the name is group 1). */
const MODAL_NAME = /^(?:[Cc]ould|[Cc]an|[Ss]hould|[Mm]ight|[Ww]ould) ([A-Z][a-z]+)\b/;

export function classifySentence(text: string, lower: string, span: Span, context?: Echo): SentenceReading {
  const s = lower.slice(span.start, span.end);
  let bodyAt = skipFillers(s);
  // "Sam, send me the plan": a name before an instruction or a question is not part of the move.
  // The capital is checked first so most sentences skip the slice of the original text.
  const vocative = isCapital(text.charCodeAt(span.start + bodyAt)) ? VOCATIVE.exec(text.slice(span.start + bodyAt, span.end)) : null;
  if (vocative) {
    const rest = s.slice(bodyAt + vocative[0].length);
    if (IMPERATIVE_START.test(rest) || OPEN_START.test(rest) || CLOSED_START.test(rest)) bodyAt += vocative[0].length;
  }
  const body = s.slice(bodyAt);
  const base = span.start + bodyAt;
  let m0: RegExpExecArray | null;
  const concession = CONCESSIVE.exec(body);
  if (concession) {
    const start = base + concession[0].length;
    return classifySentence(text, lower, { start, end: span.end, text: text.slice(start, span.end) }, context);
  }

  // "Go on.", "Tell me more.": a minimal encourager invites the other person to continue.
  if (ENCOURAGER.test(body) || ENCOURAGER.test(s)) return read(text, 'open_question', base, span.end, 'invites the other person to go on');
  if (body.length === 0 || FILLER_ONLY.test(s)) return read(text, 'other', span.start, span.end, 'acknowledgement or filler');
  // "Let me see if I've got this: ...": a summary, whatever cue words (a takeover's "I've got this") it quotes.
  if ((m0 = UNDERSTANDING_CHECK.exec(body))) return readMatch(text, 'reflection', m0, base, 'checks the leader has understood (a summary)');
  // "Just so you know, ...": what follows is offered as information, never a reflection.
  if ((m0 = INFO_OPENER.exec(body)) && m0[0].length < body.length) {
    const start = base + m0[0].length;
    const r = classifySentence(text, lower, { start, end: span.end, text: text.slice(start, span.end) }, context);
    return r.kind === 'reflection' || r.kind === 'other' ? read(text, 'information', span.start, span.end, 'announced as information') : r;
  }

  const endsWithQuestionMark = lastMark(s) === '?';
  let m = TAKEOVER.exec(s);
  if (m && !endsWithQuestionMark) return readMatch(text, 'takeover', m, span.start, 'the leader takes the task back');

  const isQuestion = endsWithQuestionMark || (!isFullStopOrBang(lastMark(s)) && (OPEN_START.test(body) || CLOSED_START.test(body)) && !IMPERATIVE_START.test(body));
  if (isQuestion && (m = PHATIC.exec(body))) return readMatch(text, 'other', m, base, 'small talk');
  if (isQuestion) return readQuestion(text, body, base, context);
  if ((m = SOFT_IMPERATIVE.exec(body))) return readMatch(text, 'other', m, base, 'reassurance or encouragement, not an instruction');

  if ((m = OPEN_START.exec(body)) && INVITATION_START.test(body)) {
    return readMatch(text, 'open_question', m, base, 'invites the other person to say more');
  }
  // The other person's own plan given back ("So you've decided to try the patch") is a reflection,
  // even though it names an action; a perceived feeling ("I can hear how tired you are") too.
  if ((m = REPORTED_MIND.exec(body))) return readMatch(text, 'reflection', m, base, "gives back the other person's own plan");
  if (PERCEPTION_FRAME.test(body) && SECOND_PERSON.test(body) && STATE_WORDS.test(body) && !AFFIRMATION.test(body)) {
    return read(text, 'reflection', base, span.end, "names what the other person feels");
  }
  if ((m = ADVICE_MENU.exec(body))) return readMatch(text, 'advice', m, base, 'a menu of what others do (advice)');
  if ((m = ADVICE.exec(s))) return readMatch(text, 'advice', m, span.start, 'a suggestion from the leader');
  // Handing the decision over is neither an ask nor a tell; delegation.ts reads its level.
  if ((m = THEY_DECIDE.exec(s) ?? DELEGATE.exec(s))) return readMatch(text, 'other', m, span.start, 'hands the decision over');
  if ((m = DIRECTIVE.exec(s))) return readMatch(text, 'directive', m, span.start, 'an instruction or a decision announced');
  if ((m = IMPERATIVE_START.exec(body))) return readMatch(text, 'directive', m, base, 'an instruction (imperative)');
  if ((m = AFFIRMATION.exec(s))) return readMatch(text, 'affirmation', m, span.start, "recognises the other person's effort or idea");
  if ((m = OTHER.exec(body)) && !SECOND_PERSON.test(body.slice(m[0].length))) {
    return readMatch(text, 'other', m, base, 'greeting, thanks or logistics');
  }
  // A sentence about the other person is read for a reflection first; any other for information first.
  const aboutThem = ABOUT_THEM_START.test(body);
  const info = aboutThem ? null : INFORMATION.exec(s);
  if (info) return readMatch(text, 'information', info, span.start, "facts or the leader's own experience");
  // A sentence about them that states figures, dates or rules ("Your manager has to approve overtime,
  // that's the policy") is information unless it also names a state or feeling.
  const factualAboutThem = aboutThem && FACTUAL.test(body) && !STATE_WORDS.test(body);
  // A cue inside the skipped fillers ("Just so you know, ...") does not make the body a reflection.
  if (!factualAboutThem && (m = REFLECTION.exec(s)) && m.index >= bodyAt) return readMatch(text, 'reflection', m, span.start, 'gives back what the other person said or feels');
  // Only a sentence about them reaches here without INFORMATION having been tried.
  if (aboutThem && (m = INFORMATION.exec(s))) return readMatch(text, 'information', m, span.start, "facts or the leader's own experience");
  if ((m = OTHER.exec(body))) return readMatch(text, 'other', m, base, 'greeting, thanks or logistics');

  // Sharing words with their turn does not make figures, dates or rules a reflection.
  const echo = FACTUAL.test(body) && !STATE_WORDS.test(body) ? null : context?.echoed(body);
  if (echo) return read(text, 'reflection', base + echo.start, base + echo.end, 'gives back the other person\'s words');
  // A statement about the other person is a reflection when it answers something they said or
  // speaks of their state; otherwise ("your results came back raised") it is information.
  if (SECOND_PERSON.test(body) && !FIRST_PERSON_START.test(body) && (context?.hasTurn || STATE_WORDS.test(body)) && !FACTUAL.test(body)) {
    return read(text, 'reflection', span.start, span.end, 'a statement about the other person');
  }
  // Answering the other person's turn, a statement that brings in nothing of the leader's own
  // world (no "I"/"we", no figures) restates or interprets theirs: "Things at home are at breaking point."
  if (context?.hasTurn && !FIRST_PERSON.test(body) && !FACTUAL.test(body)) {
    return read(text, 'reflection', span.start, span.end, "restates the other person's situation");
  }
  if (hasAtMostTwoWords(body)) return read(text, 'other', span.start, span.end, 'too short to carry an ask or a tell');
  return read(text, 'information', span.start, span.end, 'a statement of fact or view');
}

function readQuestion(text: string, body: string, base: number, context: Echo | undefined): SentenceReading {
  let m = REQUEST_QUESTION.exec(body) ?? REQUEST_SOMEONE.exec(body);
  if (m) return readMatch(text, 'directive', m, base, 'a request dressed as a question');
  if ((m = REQUEST_ABLE.exec(body)) && !NOT_A_PROPOSAL.test(body.slice(m[0].length)) && !TALK_NOT_ACTION.test(body.slice(m[0].length))) {
    return readMatch(text, 'directive', m, base, 'a request dressed as a question');
  }
  // A yes/no question about what "we" or a named colleague should do proposes it: "Should we delay the launch?"
  m = PROPOSAL_QUESTION.exec(body) ?? (isCapital(text.charCodeAt(base + 1)) ? null : MODAL_NAME.exec(text.slice(base, base + 40)));
  if (m && !TALK_NOT_ACTION.test(body.slice(m[0].length)) && !context?.raised(body.slice(m[0].length))) {
    return readMatch(text, 'leading_question', m, base, 'proposes what someone should do, as a yes/no question');
  }
  if ((m = NEGATIVE_PROPOSAL.exec(body))) return readMatch(text, 'leading_question', m, base, 'a negative question that carries a view');
  if ((m = LEADING_START.exec(body)) && !NOT_A_PROPOSAL.test(body.slice(m[0].length))) {
    // A question about an idea the other person raised themselves is an honest question.
    if (context?.raised(body.slice(m[0].length))) return readMatch(text, 'open_question', m, base, 'asks about an idea the other person raised');
    return readMatch(text, 'leading_question', m, base, 'a question that carries the leader\'s own solution');
  }
  const open = OPEN_START.exec(body) ?? WH_CLAUSE.exec(body);
  // Outside wh-questions, a suggestion asked as a question is still a suggestion: "Maybe try X?"
  if (!open && !ABOUT_THEIR_TOPIC.test(body) && (m = ADVICE.exec(body)) && !IF_BEFORE.test(body.slice(0, m.index))) {
    if (context?.raised(body.slice(m.index + m[0].length))) return readMatch(text, 'closed_question', m, base, 'asks about an idea the other person raised');
    return readMatch(text, 'leading_question', m, base, 'a suggestion asked as a question');
  }
  if ((m = open)) return readMatch(text, 'open_question', m, base, 'an open question that invites thinking');
  if ((m = CLOSED_START.exec(body))) return readMatch(text, 'closed_question', m, base, 'asks for a yes/no or a single fact');
  return read(text, 'closed_question', base, base + body.length, 'a statement asked as a question');
}

// Readings are built by plain module-level functions, not closures made per sentence: the scorer
// runs on every keystroke and per-call closures (named ones especially) cost more than the checks.
function read(text: string, kind: MoveKind, start: number, end: number, why: string): SentenceReading {
  return { kind, cue: { start, end }, reason: `${why}: "${text.slice(start, end)}"` };
}

/** A reading whose cue is the match `m` found in a string starting at reply offset `offset`. */
function readMatch(text: string, kind: MoveKind, m: RegExpExecArray, offset: number, why: string): SentenceReading {
  const start = offset + m.index;
  return read(text, kind, start, start + m[0].length, why);
}

/**
 * The sentence's last character before any closing quotes or brackets: "?" for `Is it "done"?)`.
 * Read from the end instead of by an unanchored regex (/\?["')\]]*$/), which tries every offset.
 */
function lastMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.includes(s[i])) i--;
  return i >= 0 ? s[i] : '';
}
const CLOSERS = `"')]`;
const isFullStopOrBang = (mark: string): boolean => mark === '.' || mark === '!';

const isCapital = (code: number): boolean => code >= 65 && code <= 90;

/** Whether `body` has at most two words; stops counting at the third instead of listing them all. */
function hasAtMostTwoWords(body: string): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(body) && ++count <= 2);
  return count <= 2;
}

/** Offset of the sentence's body after fillers ("okay, so") and hedging openers ("sorry, but"). */
function skipFillers(s: string): number {
  let at = 0;
  for (;;) {
    const rest = s.slice(at);
    const m = LEADING_FILLER.exec(rest) ?? HEDGE_OPENER.exec(rest);
    if (!m || m[0].length === 0 || m[0].length >= rest.length) return at;
    // Keep "so" when it opens a reflection: "So you're worried..." is the reflection's own cue.
    const soAt = m[0].search(/\bso\b[\s,]*$/);
    if (soAt >= 0) return at + soAt;
    at += m[0].length;
  }
}
