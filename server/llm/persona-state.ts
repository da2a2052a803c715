import { Type, type Static } from 'typebox';
import type { ReplyScore } from '../../core/rubric/types';
import type { Scenario } from '../../core/scenario/schema';
import { react } from '../../core/simulator/react';
import type { NextStepOwner, PersonaState } from '../../core/simulator/types';
import { EngineError } from '../practice/engines';
import type { ChatModel } from './chat-model';
import type { Log } from './log';
import { PromptTemplate } from './prompt-template';

// Model mode keeps the same PersonaState as the simulator, so the scorecard reads both alike.
// What follows from the rubric's reading alone (engagement, turn count, tell streak) comes from the
// simulator's own rules; what depends on the words the model chose (facts disclosed, idea offered,
// who committed) comes from a small structured call about the reply just streamed.

export const PersonaObservationSchema = Type.Object(
  {
    revealedFactIds: Type.Array(Type.String()),
    ideaSurfaced: Type.Boolean(),
    // `type` beside `enum`: strict structured-output implementations want every schema typed.
    nextStepOwner: Type.Unsafe<NextStepOwner>(Type.String({ enum: ['persona', 'leader', 'nobody'] })),
  },
  { additionalProperties: false },
);
export type PersonaObservation = Static<typeof PersonaObservationSchema>;

const KEYS = [
  'name',
  'role',
  'facts',
  'idea',
  'personaCommits',
  'leaderTakesOver',
  'previousOwner',
  'leaderText',
  'personaText',
] as const;
export type PersonaStatePrompt = PromptTemplate<(typeof KEYS)[number]>;
export const loadPersonaStatePrompt = (): PersonaStatePrompt => PromptTemplate.load('persona-state', KEYS);

/** The previous state moved on by the reading only: the simulator's engagement rules, nothing the words decide. */
export function advanceByReading(scenario: Scenario, state: PersonaState, reading: ReplyScore): PersonaState {
  const { engagement, leaderTurns, tellStreak } = react(scenario, state, reading).state;
  return { ...state, engagement, leaderTurns, tellStreak };
}

/** Folds an observation in; facts stay revealed once revealed, ids the scenario lacks are dropped. */
export function applyObservation(
  scenario: Scenario,
  base: PersonaState,
  observation: PersonaObservation,
): { state: PersonaState; unknownFactIds: string[] } {
  const known = new Set(scenario.hiddenFacts.map((f) => f.id));
  const unknownFactIds = observation.revealedFactIds.filter((id) => !known.has(id));
  const revealed = observation.revealedFactIds.filter((id) => known.has(id));
  return {
    state: {
      ...base,
      factsRevealed: [...new Set([...base.factsRevealed, ...revealed])],
      ideaSurfaced: base.ideaSurfaced || observation.ideaSurfaced,
      nextStepOwner: observation.nextStepOwner,
    },
    unknownFactIds,
  };
}

export interface PersonaStateInput {
  scenario: Scenario;
  state: PersonaState;
  reading: ReplyScore;
  leaderText: string;
  personaText: string;
}

export class PersonaStateTracker {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: PersonaStatePrompt,
    private readonly log: Log,
  ) {}

  /** Never fails the turn over bookkeeping: on any model trouble the reading-only state stands. */
  async next(input: PersonaStateInput, signal: AbortSignal): Promise<PersonaState> {
    const { scenario, state, reading } = input;
    const base = advanceByReading(scenario, state, reading);
    const messages = this.messages(input);
    try {
      const observation = await this.model.json(messages, PersonaObservationSchema, {
        signal,
        name: 'persona_state',
      });
      const { state: next, unknownFactIds } = applyObservation(scenario, base, observation);
      if (unknownFactIds.length) this.log.warn({ scenarioId: scenario.id, unknownFactIds }, 'persona state: dropped unknown fact ids');
      return next;
    } catch (err) {
      // Only model trouble is forgiven; a bug of ours must surface.
      if (!(err instanceof EngineError) || err.kind === 'aborted') throw err;
      this.log.warn({ err, scenarioId: scenario.id }, 'persona state call failed; keeping the previous state nudged by the reading');
      return base;
    }
  }

  private messages({ scenario, state, leaderText, personaText }: PersonaStateInput) {
    return this.prompt.render({
      name: scenario.persona.name,
      role: scenario.persona.role,
      facts: scenario.hiddenFacts.map((f) => `- ${f.id}: ${f.fact}`).join('\n'),
      idea: scenario.ownIdea.summary,
      personaCommits: scenario.ownership.personaCommits,
      leaderTakesOver: scenario.ownership.leaderTakesOver,
      previousOwner: state.nextStepOwner,
      leaderText,
      personaText,
    });
  }
}
