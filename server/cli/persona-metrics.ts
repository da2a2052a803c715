import type { Scenario } from '@core/scenario/schema';
import { topicScore } from '@core/simulator/topics';
import { PersonaContent } from '../llm/persona-content';
import { invitesIdea } from '../llm/persona-gate';
import type { PlayedRun } from './persona-play';

// What one played run shows about the persona, read from its words (server/llm/persona-content.ts
// decides when a turn carries a fact or the idea), so a model is measured by what it said, not by
// its own account of it. Turns are numbered from 1, the persona's answer to the first leader reply.

export interface RunMeasure {
  facts: number;
  factsUnasked: number;
  ideaTurn: number | null;
  ideaUnasked: boolean;
  /** Null when the run held no takeover. */
  takeoverAccepted: boolean | null;
  personaWords: number[];
  errors: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

const isTakeover = (turn: PlayedRun['turns'][number]): boolean =>
  turn.reading.delegation.level === 0 || turn.reading.moves.some((m) => m.kind === 'takeover');

export function measureRun(scenario: Scenario, run: PlayedRun): RunMeasure {
  const content = new PersonaContent(scenario);
  const found = new Set<string>();
  let factsUnasked = 0;
  let ideaTurn: number | null = null;
  let ideaUnasked = false;
  let invited = false;
  const leaderSoFar: string[] = [];
  run.turns.forEach((turn, i) => {
    leaderSoFar.push(turn.leader);
    invited ||= invitesIdea(turn.reading);
    for (const fact of content.factsIn(turn.persona)) {
      if (found.has(fact.id)) continue;
      found.add(fact.id);
      // "Asked" is generous: any leader words so far that touch the fact's topics, tells included.
      if (!leaderSoFar.some((said) => topicScore(said, fact.topics) > 0)) factsUnasked++;
    }
    if (ideaTurn === null && content.carriesIdea(turn.persona)) {
      ideaTurn = i + 1;
      ideaUnasked = !invited;
    }
  });
  const lastTakeover = run.turns.findLast(isTakeover);
  // Handed over: the state has the leader owning the next step and the reply does not push the
  // persona's own commitment or plan back at them.
  const takeoverAccepted = lastTakeover
    ? lastTakeover.state.nextStepOwner === 'leader' && !content.carriesCommitment(lastTakeover.persona) && !content.carriesIdea(lastTakeover.persona)
    : null;
  return {
    facts: found.size,
    factsUnasked,
    ideaTurn,
    ideaUnasked,
    takeoverAccepted,
    personaWords: run.turns.map((t) => wordCount(t.persona)),
    errors: run.error ? 1 : 0,
  };
}

/** One script's figures over its runs; the key names are eval:persona's output contract. */
export interface ScriptFigures {
  facts_revealed: number;
  facts_revealed_unasked: number;
  idea_turn: number | null;
  idea_unasked: number;
  takeover_accepted: number | null;
  mean_persona_words: number;
  errors: number;
}

const round = (x: number): number => Math.round(x * 100) / 100;
const mean = (xs: number[]): number | null => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * Means over runs: facts per run, the share of runs whose idea came unasked, the share of runs
 * with a takeover where it was accepted (null without one), the idea's first turn over the runs
 * that had it (null when none did), words per persona turn; errors are counted, not averaged.
 */
export function summarize(runs: RunMeasure[]): ScriptFigures {
  const ideaTurns = runs.map((r) => r.ideaTurn).filter((t): t is number => t !== null);
  const takeovers = runs.map((r) => r.takeoverAccepted).filter((t): t is boolean => t !== null);
  return {
    facts_revealed: mean(runs.map((r) => r.facts)) ?? 0,
    facts_revealed_unasked: mean(runs.map((r) => r.factsUnasked)) ?? 0,
    idea_turn: mean(ideaTurns),
    idea_unasked: mean(runs.map((r) => (r.ideaUnasked ? 1 : 0))) ?? 0,
    takeover_accepted: mean(takeovers.map((t) => (t ? 1 : 0))),
    mean_persona_words: mean(runs.flatMap((r) => r.personaWords)) ?? 0,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}
