import type { TranscriptTurn } from '../transcript/types';
import { isSolutionMove } from './moves';
import { scoreReply } from './score-reply';
import { wordCount } from './word-count';
import type { DelegationLevel, ReplyScore } from './types';

// What the scorecard figures are computed from, gathered in one pass over the transcript.

export interface LeaderTurn {
  index: number;
  /** Position among leader turns (0 = the leader's first turn). */
  nth: number;
  score: ReplyScore;
  words: number;
}

export interface SessionFacts {
  leader: LeaderTurn[];
  leaderWords: number;
  personaWords: number;
  /** Transcript index of the leader's first solution-carrying tell move, if any. */
  firstSolution?: LeaderTurn;
  /** Transcript index of the first persona turn whose state shows its own idea surfaced. */
  ideaSurfacedAt?: number;
  /** Whether any persona turn carries a state at all (the simulator and the LLM persona both set one). */
  hasPersonaState: boolean;
  /** Transcript index of the persona turn where it last took on the next step. */
  lastCommitmentAt?: number;
  lastOwner: 'persona' | 'leader' | 'nobody';
  /** Every moment someone took on the next step, in order: a leader takeover, or the persona committing. */
  commitments: Array<{ index: number; by: 'persona' | 'leader' }>;
}

/** A persona sentence taking on a step ("I'll draft it", "I will send"). */
const COMMITS = /\bI(?:'ll| will)\b/i;

export function gatherFacts(turns: readonly TranscriptTurn[]): SessionFacts {
  const leader: LeaderTurn[] = [];
  let leaderWords = 0;
  let personaWords = 0;
  let previousPersona: string | undefined;
  let previousOwner: string = 'nobody';
  const facts: Omit<SessionFacts, 'leader' | 'leaderWords' | 'personaWords'> = { hasPersonaState: false, lastOwner: 'nobody', commitments: [] };
  const lastBy = () => facts.commitments.at(-1)?.by;

  for (const turn of turns) {
    const words = wordCount(turn.text);
    if (turn.speaker === 'persona') {
      personaWords += words;
      previousPersona = turn.text;
      const state = turn.state;
      if (!state) continue;
      facts.hasPersonaState = true;
      if (state.ideaSurfaced && facts.ideaSurfacedAt === undefined) facts.ideaSurfacedAt = turn.index;
      if (state.nextStepOwner === 'persona' && previousOwner !== 'persona') facts.lastCommitmentAt = turn.index;
      // A persona still marked as owner after a takeover has committed again only if its state says so anew;
      // one that keeps owning across a takeover (a model's stale state) commits again when it says it will.
      const commits = state.nextStepOwner === 'persona' && (previousOwner !== 'persona' || (lastBy() === 'leader' && COMMITS.test(turn.text)));
      if (commits) facts.commitments.push({ index: turn.index, by: 'persona' });
      else if (state.nextStepOwner === 'leader' && previousOwner !== 'leader' && lastBy() !== 'leader') facts.commitments.push({ index: turn.index, by: 'leader' });
      previousOwner = state.nextStepOwner;
      facts.lastOwner = state.nextStepOwner;
      continue;
    }
    leaderWords += words;
    // Unscored leader turns (imports, old sessions) are read as the live scorer would have read them.
    const score = turn.score ?? scoreReply(turn.text, previousPersona === undefined ? undefined : { previousTurn: previousPersona });
    const lt: LeaderTurn = { index: turn.index, nth: leader.length, score, words };
    leader.push(lt);
    if (!facts.firstSolution && score.moves.some((m) => isSolutionMove(m.kind))) facts.firstSolution = lt;
    if (score.delegation.level === 0) facts.commitments.push({ index: turn.index, by: 'leader' });
  }
  return { ...facts, leader, leaderWords, personaWords };
}

export const levels = (leader: readonly LeaderTurn[]) =>
  leader.flatMap((t) => (t.score.delegation.level === 'none' ? [] : [{ index: t.index, level: t.score.delegation.level as DelegationLevel }]));
