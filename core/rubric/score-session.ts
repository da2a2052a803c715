import type { Scenario } from '../scenario/schema';
import type { TranscriptTurn } from '../transcript/types';
import {
  ASK_RATIO_BANDS, DELEGATION_LEVEL_BANDS, DELEGATION_NONE_BAND, IDEAS_BANDS, OPEN_QUESTION_BANDS, OWNERSHIP_BANDS,
  PATIENCE_BANDS, TAKEOVER_PENALTY, TALK_SHARE_BANDS, UNMEASURED_BAND, bandAtLeast, bandAtMost, pct, ruleText,
} from './bands';
import { delegationName } from './moves';
import { gatherFacts, levels, type SessionFacts } from './session-facts';
import type { Band, DelegationLevel, Scorecard, ScorecardFigure } from './types';

// The session scorecard (RUBRIC.md §3): seven figures, each with its band, the rule behind the band
// and the transcript turns that drove it.

export function scoreSession(turns: TranscriptTurn[], scenario?: Scenario): Scorecard {
  const f = gatherFacts(turns);
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

function askRatioFigure(f: SessionFacts): ScorecardFigure {
  let ask = 0;
  let tell = 0;
  const counted: number[] = [];
  for (const t of f.leader) {
    const a = t.score.moves.filter((m) => m.family === 'ask').length;
    const b = t.score.moves.filter((m) => m.family === 'tell').length;
    ask += a;
    tell += b;
    if (a + b > 0) counted.push(t.index);
  }
  const total = ask + tell;
  const value = total === 0 ? null : ask / total;
  return {
    key: 'askRatio',
    label: 'Ask ratio',
    value,
    display: value === null ? 'no asks or tells' : pct(value),
    band: value === null ? UNMEASURED_BAND : bandAtLeast(value, ASK_RATIO_BANDS),
    bandRule: ruleText(ASK_RATIO_BANDS, '>='),
    turns: counted,
    explanation: `${ask} ask move${ask === 1 ? '' : 's'} and ${tell} tell move${tell === 1 ? '' : 's'} (leading questions count as tell).`,
  };
}

function openQuestionFigure(f: SessionFacts): ScorecardFigure {
  let open = 0;
  let all = 0;
  const counted: number[] = [];
  for (const t of f.leader) {
    const qs = t.score.moves.filter((m) => m.kind === 'open_question' || m.kind === 'closed_question' || m.kind === 'leading_question');
    open += qs.filter((m) => m.kind === 'open_question').length;
    all += qs.length;
    if (qs.length > 0) counted.push(t.index);
  }
  const value = all === 0 ? null : open / all;
  return {
    key: 'openQuestionShare',
    label: 'Open questions',
    value,
    display: value === null ? 'no questions' : pct(value),
    band: value === null ? 1 : bandAtLeast(value, OPEN_QUESTION_BANDS),
    bandRule: `${ruleText(OPEN_QUESTION_BANDS, '>=')}; no questions: 1`,
    turns: counted,
    explanation: all === 0 ? 'The leader asked no questions.' : `${open} of ${all} questions were open.`,
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
    display: first ? `${first.nth} turn${first.nth === 1 ? '' : 's'}` : 'never',
    band: first ? bandAtLeast(first.nth, [Infinity, ...PATIENCE_BANDS]) : 5,
    bandRule: `5: never offered a solution, ${PATIENCE_BANDS.map((n, i) => `${4 - i}: >= ${n} turns first`).join(', ')}, 1: solution in the first turn`,
    turns: first ? [first.index] : [],
    explanation: first
      ? `First solution-carrying move (${first.score.moves.find((m) => m.kind !== 'other' && m.family === 'tell')?.kind ?? 'tell'}) in leader turn ${first.nth + 1}.`
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
  const name = (l: DelegationLevel | 'none') => (l === 'none' ? 'none' : `level ${l} (${delegationName(l)})`);
  const turns = [...new Set([...read.filter((r) => r.level === highest).map((r) => r.index), ...(last ? [last.index] : []), ...takeovers.map((r) => r.index)])].sort((a, b) => a - b);
  const figure: ScorecardFigure = {
    key: 'delegation',
    label: 'Delegation',
    value: final,
    display: name(final),
    band,
    bandRule: `by the final level: 5: levels 5-7 (advise, inquire, delegate), 4: level 4 (agree), 3: level 3 (consult) or no decision in play, 2: levels 1-2 (tell, sell), 1: level 0 (takeover); ${TAKEOVER_PENALTY} less if the leader took the task back at any point`,
    turns,
    explanation: `Highest ${name(highest)}, final ${name(final)}; ${takeovers.length} takeover${takeovers.length === 1 ? '' : 's'}.`,
  };
  return { figure, summary: { highest, final, takeovers: takeovers.length } };
}

function ownershipFigure(f: SessionFacts) {
  const read = levels(f.leader);
  const last = read.at(-1);
  // A takeover after the persona's last commitment takes the next step back, whatever the persona said.
  const tookBack = last !== undefined && last.level === 0 && (f.lastCommitmentAt === undefined || last.index > f.lastCommitmentAt);
  const owner = tookBack ? 'leader' : f.lastOwner;
  const turns = [tookBack ? last.index : f.lastCommitmentAt].filter((i): i is number => i !== undefined);
  const figure: ScorecardFigure = {
    key: 'ownership',
    label: 'Next step owner',
    value: owner,
    display: owner,
    band: OWNERSHIP_BANDS[owner],
    bandRule: `5: the persona committed to the next step, ${OWNERSHIP_BANDS.nobody}: nobody did, ${OWNERSHIP_BANDS.leader}: the leader took it`,
    turns,
    explanation:
      owner === 'persona' ? 'They committed to the next action.' : owner === 'leader' ? 'The leader ended up owning the next action.' : 'Nobody committed to a next action.',
  };
  return { figure, owner };
}
