import type { Scenario } from '../scenario/schema';
import type { TranscriptTurn } from '../transcript/types';
import {
  ASK_RATIO_BANDS, DELEGATION_LEVEL_BANDS, DELEGATION_NONE_BAND, IDEAS_BANDS, OPEN_QUESTION_BANDS, OWNERSHIP_BANDS,
  PATIENCE_BANDS, TAKEOVER_PENALTY, TALK_SHARE_BANDS, UNMEASURED_BAND, bandAtLeast, bandAtMost, pct, ruleText,
} from './bands';
import { plural, replyList, replyOf } from '../transcript/reply-numbers';
import { delegationInWords, moveLabel } from './labels';
import { QUESTION_MOVES } from './moves';
import { gatherFacts, levels, type LeaderTurn, type SessionFacts } from './session-facts';
import type { Band, DelegationLevel, Scorecard, ScorecardFigure } from './types';

// The session scorecard (RUBRIC.md §3): seven figures, each with its band, the rule behind the band
// and the transcript turns that drove it.

/** Fewer leader replies than this and the scorecard says "not enough to score" instead of guessing. */
const MIN_SCORED_REPLIES = 2;

export function scoreSession(turns: TranscriptTurn[], scenario?: Scenario): Scorecard {
  const f = gatherFacts(turns);
  const card = scoreFacts(f, scenario);
  // Reply numbers are what people read; transcript indexes stay for links.
  const figures = card.figures.map((fig) => ({ ...fig, replies: [...new Set(fig.turns.map((i) => replyOf(turns, i)))].filter((n) => n > 0) }));
  if (f.leader.length >= MIN_SCORED_REPLIES) return { ...card, figures };
  const why = `${f.leader.length === 0 ? 'No replies' : 'Only 1 reply'}: not enough to score (${MIN_SCORED_REPLIES} or more are needed).`;
  return {
    ...card,
    overall: null,
    figures: figures.map((fig) => ({ ...fig, value: null, display: 'not enough to score', band: null, explanation: why })),
  };
}

function scoreFacts(f: SessionFacts, scenario?: Scenario): Scorecard {
  const delegation = delegationFigure(f);
  const ownership = ownershipFigure(f);
  const figures = [
    askRatioFigure(f),
    openQuestionFigure(f),
    talkShareFigure(f),
    patienceFigure(f),
    ideasFigure(f, scenario),
    delegation.figure,
    ownership.figure,
  ];
  return { figures, overall: overallBand(figures), delegation: delegation.summary, nextStepOwner: ownership.owner };
}

/** Mean of the bands of the figures that apply, one decimal (0 when none does). */
export function overallBand(figures: readonly ScorecardFigure[]): number {
  const bands = figures.flatMap((f) => (f.band === null ? [] : [f.band]));
  return bands.length === 0 ? 0 : Math.round((bands.reduce((s, b) => s + b, 0) / bands.length) * 10) / 10;
}

/** Each reply counts once, by its family (dominance rule): repeating a question cannot raise the ratio. */
function askRatioFigure(f: SessionFacts): ScorecardFigure {
  const counted = f.leader.filter((t) => t.score.family !== 'other');
  const asks = counted.filter((t) => t.score.family === 'ask').length;
  const value = counted.length === 0 ? null : asks / counted.length;
  const moves = (family: string) => f.leader.reduce((n, t) => n + t.score.moves.filter((m) => m.family === family).length, 0);
  return {
    key: 'askRatio',
    label: 'Ask ratio',
    value,
    display: value === null ? 'no asks or tells' : pct(value),
    band: value === null ? UNMEASURED_BAND : bandAtLeast(value, ASK_RATIO_BANDS),
    bandRule: ruleText(ASK_RATIO_BANDS, '>='),
    turns: counted.map((t) => t.index),
    explanation:
      `${asks} of ${plural(counted.length, 'reply', 'replies')} that asked or told mostly asked (each reply counts once; leading questions count as tell). ` +
      `Move by move: ${plural(moves('ask'), 'ask move')} and ${plural(moves('tell'), 'tell move')}.`,
  };
}

/** A reply with a question counts once: open when it asks an open question and leads nowhere. */
function openQuestionFigure(f: SessionFacts): ScorecardFigure {
  const questions = (t: LeaderTurn) => t.score.moves.filter((m) => QUESTION_MOVES.includes(m.kind));
  const asking = f.leader.filter((t) => questions(t).length > 0);
  const isOpen = (t: LeaderTurn) => questions(t).some((m) => m.kind === 'open_question') && !questions(t).some((m) => m.kind === 'leading_question');
  const open = asking.filter(isOpen).length;
  const value = asking.length === 0 ? null : open / asking.length;
  const allQuestions = asking.reduce((n, t) => n + questions(t).length, 0);
  const openQuestions = asking.reduce((n, t) => n + questions(t).filter((m) => m.kind === 'open_question').length, 0);
  return {
    key: 'openQuestionShare',
    label: 'Open questions',
    value,
    display: value === null ? 'no questions' : pct(value),
    band: value === null ? 1 : bandAtLeast(value, OPEN_QUESTION_BANDS),
    bandRule: `${ruleText(OPEN_QUESTION_BANDS, '>=')}; no questions: 1`,
    turns: asking.map((t) => t.index),
    explanation:
      asking.length === 0
        ? 'The leader asked no questions.'
        : `${open} of ${plural(asking.length, 'reply', 'replies')} with a question asked an open one (each reply counts once). Question by question: ${openQuestions} of ${allQuestions} were open.`,
  };
}

function talkShareFigure(f: SessionFacts): ScorecardFigure {
  const total = f.leaderWords + f.personaWords;
  const value = total === 0 ? null : f.leaderWords / total;
  // The longest leader turns are what a leader can shorten.
  const longest = [...f.leader].sort((a, b) => b.words - a.words).slice(0, 3).map((t) => t.index).sort((a, b) => a - b);
  return {
    key: 'talkShare',
    label: 'Talk share',
    value,
    display: value === null ? 'no words' : pct(value),
    band: value === null ? UNMEASURED_BAND : bandAtMost(value, TALK_SHARE_BANDS),
    bandRule: ruleText(TALK_SHARE_BANDS, '<='),
    turns: longest,
    explanation: `The leader spoke ${f.leaderWords} of ${total} words.`,
  };
}

function patienceFigure(f: SessionFacts): ScorecardFigure {
  const first = f.firstSolution;
  const value = first ? first.nth : 'never';
  return {
    key: 'patience',
    label: 'Patience',
    value,
    display: first ? `${plural(first.nth, 'reply', 'replies')} first` : 'never',
    band: first ? bandAtLeast(first.nth, [Infinity, ...PATIENCE_BANDS]) : 5,
    bandRule: `5: never offered a solution, ${PATIENCE_BANDS.map((n, i) => `${4 - i}: ${n} or more replies first`).join(', ')}, 1: a solution in the first reply`,
    turns: first ? [first.index] : [],
    explanation: first
      ? `The first solution (${moveLabel(first.score.moves.find((m) => m.kind !== 'other' && m.family === 'tell')?.kind ?? 'advice').toLowerCase()}) came in ${replyList([first.nth + 1])}.`
      : 'The leader never offered a solution, direction or takeover.',
  };
}

function ideasFigure(f: SessionFacts, scenario?: Scenario): ScorecardFigure {
  const idea = scenario ? ` (${scenario.ownIdea.summary})` : '';
  const surfaced = f.ideaSurfacedAt;
  const solution = f.firstSolution?.index;
  const base = { key: 'ideasElicited' as const, label: 'Ideas elicited', bandRule: ideasRule };
  if (!f.hasPersonaState) {
    return { ...base, value: null, display: 'unknown', band: IDEAS_BANDS.unknown, turns: [], explanation: 'No persona state was recorded.' };
  }
  if (surfaced !== undefined && (solution === undefined || surfaced < solution)) {
    return { ...base, value: true, display: 'yes', band: IDEAS_BANDS.elicited, turns: [surfaced], explanation: `Their own idea${idea} came out before the leader offered one.` };
  }
  if (surfaced !== undefined) {
    return { ...base, value: false, display: 'after yours', band: IDEAS_BANDS.afterLeader, turns: [solution!, surfaced], explanation: `Their idea${idea} came out only after the leader offered a solution.` };
  }
  return solution === undefined
    ? { ...base, value: false, display: 'no', band: IDEAS_BANDS.notSurfacedNoSolution, turns: [], explanation: `Their idea${idea} never came out.` }
    : { ...base, value: false, display: 'no', band: IDEAS_BANDS.notSurfaced, turns: [solution], explanation: `Their idea${idea} never came out; the leader offered a solution instead.` };
}
const ideasRule = `5: their idea surfaced before the leader's first solution, ${IDEAS_BANDS.afterLeader}: only after it (or never, with no solution offered), ${IDEAS_BANDS.notSurfaced}: never, and the leader offered one`;

function delegationFigure(f: SessionFacts) {
  const read = levels(f.leader);
  const takeovers = read.filter((r) => r.level === 0);
  const highest = read.reduce<DelegationLevel | 'none'>((h, r) => (h === 'none' || r.level > h ? r.level : h), 'none');
  const last = read.at(-1);
  const final: DelegationLevel | 'none' = last ? last.level : 'none';
  const base = final === 'none' ? DELEGATION_NONE_BAND : DELEGATION_LEVEL_BANDS[final];
  const band = Math.max(1, takeovers.length > 0 ? base - TAKEOVER_PENALTY : base) as Band;
  const name = delegationInWords;
  const turns = [...new Set([...read.filter((r) => r.level === highest).map((r) => r.index), ...(last ? [last.index] : []), ...takeovers.map((r) => r.index)])].sort((a, b) => a - b);
  const figure: ScorecardFigure = {
    key: 'delegation',
    label: 'Delegation',
    value: final,
    display: name(final),
    band,
    bandRule: `by the final level: 5: levels 5-7 (advise, inquire, delegate), 4: level 4 (agree), 3: level 3 (consult) or no decision in play, 2: levels 1-2 (tell, sell), 1: level 0 (takeover); ${TAKEOVER_PENALTY} less if the leader took the task back at any point`,
    turns,
    explanation: `Highest ${name(highest)}, final ${name(final)}; ${plural(takeovers.length, 'takeover')}.`,
  };
  return { figure, summary: { highest, final, takeovers: takeovers.length } };
}

/**
 * The next step belongs to whoever made the last commitment in the conversation: the leader by
 * taking the task over, the persona by committing to a step (after a takeover, even one it had
 * made before). Without any commitment, the persona's last recorded state says.
 */
function ownershipFigure(f: SessionFacts) {
  const last = f.commitments.at(-1);
  const owner = last ? last.by : f.lastOwner;
  const figure: ScorecardFigure = {
    key: 'ownership',
    label: 'Next step owner',
    value: owner,
    display: owner === 'persona' ? 'they do' : owner === 'leader' ? 'you do' : 'nobody',
    band: OWNERSHIP_BANDS[owner],
    bandRule: `5: the persona committed to the next step, ${OWNERSHIP_BANDS.nobody}: nobody did, ${OWNERSHIP_BANDS.leader}: the leader took it`,
    turns: last ? [last.index] : [],
    explanation:
      owner === 'persona' ? 'They committed to the next action.' : owner === 'leader' ? 'The leader ended up owning the next action.' : 'Nobody committed to a next action.',
  };
  return { figure, owner };
}
