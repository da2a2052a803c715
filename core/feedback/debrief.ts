import type { Move, Scorecard, ScorecardKey } from '../rubric/types';
import type { HiddenFact, Scenario } from '../scenario/schema';
import { initialPersonaState, type PersonaState } from '../simulator/types';
import type { TranscriptTurn } from '../transcript/types';
import { HAND_OVER, OPENING_QUESTION, VIEW_QUESTIONS, questionFor } from './questions';
import { isSolutionMove } from '../rubric/moves';
import { commitmentSentence, quote } from './quote';
import { plural, replyLabel, replyList } from '../transcript/reply-numbers';

export interface DebriefInput {
  scenario: Scenario;
  transcript: TranscriptTurn[];
  scorecard: Scorecard;
}

/** One leader reply with the persona state either side of it. */
interface Exchange {
  leader: TranscriptTurn;
  moves: Move[];
  before: PersonaState;
  after: PersonaState;
  revealed: string[];
  /** The leader's reply number (1-based), the one numbering people see. */
  reply: number;
}

const has = (e: Exchange, kind: Move['kind']) => e.moves.find((m) => m.kind === kind);

function exchanges(transcript: TranscriptTurn[]): Exchange[] {
  const out: Exchange[] = [];
  let state = initialPersonaState();
  transcript.forEach((turn, i) => {
    if (turn.speaker === 'persona') {
      if (turn.state) state = turn.state;
      return;
    }
    const reply = transcript.slice(i + 1).find((t) => t.speaker === 'persona');
    const after = reply?.state ?? state;
    const revealed = after.factsRevealed.filter((id) => !state.factsRevealed.includes(id));
    out.push({ leader: turn, moves: turn.score?.moves ?? [], before: state, after, revealed, reply: out.length + 1 });
  });
  return out;
}

/** The ask that did the most; ties go to the earlier turn. */
function strongest(ex: Exchange[], p: string, scenario: Scenario): string {
  const scored = ex.map((e) => {
    const ask = e.moves.find((m) => m.family === 'ask');
    if (e.after.ideaSurfaced && !e.before.ideaSurfaced && ask) return { e, m: ask, w: 5, why: `it brought out ${p}'s own idea (${scenario.ownIdea.summary})` };
    if (e.after.nextStepOwner === 'persona' && e.before.nextStepOwner !== 'persona') {
      const m = e.moves[e.moves.length - 1] ?? e.leader;
      return { e, m, w: 4, why: `it handed the decision over and ${p} committed to a next step` };
    }
    if (e.revealed.length > 0 && ask) return { e, m: ask, w: ask.kind === 'reflection' ? 4 : 3, why: `${p} told you something new in reply` };
    if (ask && ask.kind !== 'closed_question') return { e, m: ask, w: 1, why: `it left the thinking with ${p}` };
    return undefined;
  });
  const best = scored.reduce((a, b) => (b && (!a || b.w > a.w) ? b : a), undefined);
  if (!best) return `There was no open question or reflection to single out.`;
  return `Your strongest move was in reply ${best.e.reply}, ${quote(best.m.text)}: ${best.why}.`;
}

/** The tell that cost the most, with the question that would have served better. */
function missed(ex: Exchange[], p: string, scenario: Scenario): string {
  const hiddenAt = (e: Exchange) => scenario.hiddenFacts.find((f) => !e.before.factsRevealed.includes(f.id));
  const scored = ex.map((e) => {
    const takeover = has(e, 'takeover');
    if (takeover || e.leader.score?.delegation.level === 0) {
      return { e, m: takeover ?? e.moves[0] ?? e.leader, w: 5, instead: HAND_OVER[1], why: `${p} handed the problem to you` };
    }
    const solution = e.moves.find((m) => isSolutionMove(m.kind));
    if (solution && !e.before.ideaSurfaced) {
      return { e, m: solution, w: 4, instead: VIEW_QUESTIONS[0], why: `${p}'s own thinking had not been heard yet` };
    }
    const fact = hiddenAt(e);
    if (solution) return { e, m: solution, w: 3, instead: fact ? questionFor(fact).question : HAND_OVER[0], why: `it put your answer ahead of ${p}'s` };
    const closed = has(e, 'closed_question');
    if (closed && fact && e.revealed.length === 0) return { e, m: closed, w: 1, instead: questionFor(fact).question, why: `a closed question got a one-word answer` };
    return undefined;
  });
  const worst = scored.reduce((a, b) => (b && (!a || b.w > a.w) ? b : a), undefined);
  if (!worst) return `No clear missed opportunity: you never offered a solution before ${p} had been heard.`;
  return `The biggest missed opportunity was in reply ${worst.e.reply}, ${quote(worst.m.text)}: ${worst.why}. Asking "${worst.instead}" would have kept it with ${p}.`;
}

function facts(ex: Exchange[], p: string, scenario: Scenario, final: PersonaState): string {
  const total = scenario.hiddenFacts.length;
  const found = ex.filter((e) => e.revealed.length > 0);
  const hidden: HiddenFact[] = scenario.hiddenFacts.filter((f) => !final.factsRevealed.includes(f.id));
  const where = found.length > 0 ? ` (${replyList(found.map((e) => e.reply))})` : '';
  const countFound = final.factsRevealed.length;
  const head =
    countFound === 0
      ? `None of the ${total} things ${p} knew but had not said came out.`
      : countFound === total
        ? `You found all ${total} things ${p} knew but had not said${where}.`
        : `You found ${countFound} of the ${total} things ${p} knew but had not said${where}.`;
  if (hidden.length === 0) return head;
  const hint = `a question about ${questionFor(hidden[0]).about} would have found one.`;
  return countFound === 0 ? `${head} A${hint.slice(1)}` : `${head} ${hidden.length} stayed hidden; ${hint}`;
}

function idea(transcript: TranscriptTurn[], p: string, scenario: Scenario): string {
  const at = transcript.find((t) => t.speaker === 'persona' && t.state?.ideaSurfaced);
  if (at) return `${p}'s own idea came out in ${replyLabel(transcript, at.index)}: ${scenario.ownIdea.summary}.`;
  return `${p}'s own idea never came out; "${VIEW_QUESTIONS[0]}" is often all it takes to hear it.`;
}

function ownership(ex: Exchange[], p: string, owner: Scorecard['nextStepOwner'], transcript: TranscriptTurn[]): string {
  const moment = [...ex].reverse().find((e) => e.after.nextStepOwner === owner && e.before.nextStepOwner !== owner);
  if (owner === 'persona' && moment) {
    const reply = transcript.find((t) => t.index > moment.leader.index && t.speaker === 'persona');
    return `${p} owns the next step: in ${reply ? replyLabel(transcript, reply.index) : `reply ${moment.reply}`} ${p} said ${quote(commitmentSentence(reply?.text ?? ''), 16)}.`;
  }
  if (owner === 'leader' && moment) return `You own the next step: in reply ${moment.reply} you said ${quote(moment.leader.text)}.`;
  if (owner === 'persona') return `${p} owns the next step.`;
  if (owner === 'leader') return 'You own the next step, which leaves the work with you.';
  return 'Nobody committed to a next step before the end.';
}

const TIPS: Record<ScorecardKey, (p: string) => string> = {
  askRatio: (p) => `ask two open questions before you say anything about what ${p} should do.`,
  openQuestionShare: () => 'turn each "did you" or "is it" into a "what" or "how" question.',
  talkShare: (p) => `keep each reply to a sentence or two and let ${p} do most of the talking.`,
  patience: (p) => `hold back any suggestion until ${p} has told you what they would do.`,
  ideasElicited: () => `ask "${VIEW_QUESTIONS[0]}" before you offer an idea of your own.`,
  delegation: () => `end by handing the decision over: "${HAND_OVER[0]}"`,
  ownership: (p) => `close by asking ${p} what they will do next, and by when.`,
};

function nextTime(scorecard: Scorecard, p: string): string {
  const weakest = scorecard.figures.reduce<Scorecard['figures'][number] | undefined>((a, f) => (f.band === null ? a : !a || a.band === null || f.band < a.band ? f : a), undefined);
  const tip = weakest ? TIPS[weakest.key](p) : TIPS.askRatio(p);
  return `One thing to try next time: ${tip}`;
}

/**
 * The offline end-of-session debrief: plain-text paragraphs citing replies ("reply 3", the leader's
 * reply number as the transcript shows it) and short quotes. Built from the transcript's readings and persona states.
 */
export function offlineDebrief({ scenario, transcript, scorecard }: DebriefInput): string {
  const p = scenario.persona.name;
  const ex = exchanges(transcript);
  if (ex.length === 0) {
    return `You ended the session before replying to ${p}, so there is nothing to debrief yet. Next time, open with a question such as "${OPENING_QUESTION}"`;
  }
  const final = [...transcript].reverse().find((t) => t.state)?.state ?? initialPersonaState();
  const asks = ex.flatMap((e) => e.moves).filter((m) => m.family === 'ask').length;
  const tells = ex.flatMap((e) => e.moves).filter((m) => m.family === 'tell').length;
  const overview = `Over ${plural(ex.length, 'reply', 'replies')} with ${p} you made ${plural(asks, 'ask move')} and ${plural(tells, 'tell move')} (${scorecard.overall === null ? 'not enough replies for an overall score' : `overall ${scorecard.overall} of 5`}).`;
  return [
    `${overview} ${strongest(ex, p, scenario)}`,
    missed(ex, p, scenario),
    `${facts(ex, p, scenario, final)} ${idea(transcript, p, scenario)}`,
    `${ownership(ex, p, scorecard.nextStepOwner, transcript)} ${nextTime(scorecard, p)}`,
  ].join('\n\n');
}
