import { isSolutionMove } from '../rubric/moves';
import type { Move, ReplyScore } from '../rubric/types';
import type { HiddenFact, Scenario } from '../scenario/schema';
import { bestFactMatch } from './topics';
import type { PersonaState } from './types';
import { asksForView } from './view-request';

/** How the persona reacts to one leader reply; the text is rendered from it. */
export type ReactionKind =
  | 'reveal' // an open question touched a hidden fact's topics
  | 'idea' // asked for its view: puts its own idea on the table
  | 'open_up' // a reflection landed: volunteers more or says how it feels
  | 'guarded' // a question after being shut down: trust has to be rebuilt first
  | 'general' // an open question on no hidden topic: talks around the problem
  | 'short_answer' // closed questions only
  | 'comply' // told what to do
  | 'curt' // told what to do three times in a row
  | 'relief' // the leader took the problem over
  | 'commit' // the decision was handed over: commits to a next step with a time
  | 'warm' // affirmed
  | 'prompt'; // filler: prompts the leader to go on

export interface Reaction {
  kind: ReactionKind;
  /** The fact revealed this turn, if any. */
  fact?: HiddenFact;
  /** open_up only: the fact was volunteered after a reflection, not asked about directly. */
  volunteered?: boolean;
  /** short_answer only: the question brushed a hidden topic, so the persona hints there is more. */
  nearTopic?: boolean;
  /** commit only: the idea was put on the table in this same turn. */
  ideaNow?: boolean;
  state: PersonaState;
}

const ENGAGEMENT_DELTA: Record<ReactionKind, number> = {
  reveal: 0.05,
  idea: 0.1,
  open_up: 0.15,
  guarded: 0.1,
  general: 0.03,
  short_answer: 0,
  comply: -0.12,
  curt: -0.12,
  relief: -0.15,
  commit: 0.1,
  warm: 0.08,
  prompt: 0,
};

/** Below this the persona is shut down: a question is met warily before it answers again. */
const GUARDED_BELOW = 0.3;
/** A reflection makes the persona volunteer the next fact once it is at least this engaged. */
const VOLUNTEER_AT = 0.6;
/** Tells in a row after which the persona is curt. */
const CURT_AFTER = 3;

const textOf = (moves: Move[]) => moves.map((m) => m.text).join(' ');

/** Decides the reaction and the next state from the rubric's reading. Pure; no wording here. */
export function react(scenario: Scenario, state: PersonaState, reading: ReplyScore): Reaction {
  const turn: PersonaState = { ...state, leaderTurns: state.leaderTurns + 1 };
  const { moves, delegation } = reading;
  const has = (kind: Move['kind']) => moves.some((m) => m.kind === kind);
  const openQuestions = moves.filter((m) => m.kind === 'open_question');
  const askMoves = moves.filter((m) => m.family === 'ask');
  const unrevealed = scenario.hiddenFacts.filter((f) => !turn.factsRevealed.includes(f.id));
  const viewRequested = openQuestions.some((m) => asksForView(m.text));

  const done = (kind: ReactionKind, changes: Partial<PersonaState> = {}, extra: Partial<Reaction> = {}): Reaction => {
    const engagement = Math.round(Math.min(1, Math.max(0, turn.engagement + ENGAGEMENT_DELTA[kind])) * 100) / 100;
    const next: PersonaState = { ...turn, engagement, ...changes };
    if (extra.fact) next.factsRevealed = [...turn.factsRevealed, extra.fact.id];
    return { kind, state: next, ...extra };
  };

  if (has('takeover') || delegation.level === 0) {
    return done('relief', { nextStepOwner: 'leader', tellStreak: turn.tellStreak + 1 });
  }
  if (typeof delegation.level === 'number' && delegation.level >= 5 && delegation.ownership === 'hands_over') {
    const ideaNow = viewRequested && !turn.ideaSurfaced;
    return done('commit', { nextStepOwner: 'persona', tellStreak: 0, ideaSurfaced: turn.ideaSurfaced || ideaNow }, { ideaNow });
  }
  if (reading.family === 'tell' || moves.some((m) => isSolutionMove(m.kind))) {
    const tellStreak = turn.tellStreak + 1;
    return done(tellStreak >= CURT_AFTER ? 'curt' : 'comply', { tellStreak });
  }
  if (askMoves.length > 0) {
    const asked = { tellStreak: 0 };
    if (has('reflection')) {
      const fact = bestFactMatch(textOf(askMoves), scenario.hiddenFacts, turn.factsRevealed);
      if (fact) return done('open_up', asked, { fact });
      const opened = turn.engagement + ENGAGEMENT_DELTA.open_up;
      if (opened >= VOLUNTEER_AT && unrevealed.length > 0) return done('open_up', asked, { fact: unrevealed[0], volunteered: true });
      return done('open_up', asked);
    }
    if (openQuestions.length > 0) {
      if (turn.engagement < GUARDED_BELOW) return done('guarded', asked);
      if (viewRequested && !turn.ideaSurfaced) return done('idea', { ...asked, ideaSurfaced: true });
      const fact = bestFactMatch(textOf(openQuestions), scenario.hiddenFacts, turn.factsRevealed);
      return fact ? done('reveal', asked, { fact }) : done('general', asked);
    }
    const nearTopic = bestFactMatch(textOf(askMoves), scenario.hiddenFacts, turn.factsRevealed) !== undefined;
    return done('short_answer', asked, { nearTopic });
  }
  return has('affirmation') ? done('warm') : done('prompt');
}
