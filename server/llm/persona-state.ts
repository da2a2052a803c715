import { Type, type Static } from 'typebox';
import type { ReplyScore } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import { react } from '@core/simulator/react';
import type { NextStepOwner, PersonaState } from '@core/simulator/types';
import { EngineError } from '../practice/engines';
import type { ChatModel } from './chat-model';
import type { Log } from './log';
import { PersonaContent } from './persona-content';
import { gatePersona, type PersonaGate } from './persona-gate';
import { PromptTemplate } from './prompt-template';

// Model mode keeps the same PersonaState as the simulator, so the scorecard reads both alike.
// What follows from the rubric's reading alone (engagement, turn count, tell streak) comes from the
// simulator's own rules; what depends on the words the model chose (facts disclosed, idea offered,
// who committed) comes from a small structured call about the reply just streamed. When that call
// fails, the simulator's rules derive those too, from the reading and what the persona was given.

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

/**
 * The previous state moved on by the reading only: the simulator's engagement rules, nothing the
 * words decide, plus when the idea was first offered. `derived` describes one turn, so it is not carried.
 */
export function advanceByReading(scenario: Scenario, state: PersonaState, reading: ReplyScore, gate?: PersonaGate): PersonaState {
  const { engagement, leaderTurns, tellStreak } = react(scenario, state, reading).state;
  const { derived: _previousTurn, ...kept } = state;
  const ideaOfferedTurn = gate?.ideaOfferedTurn ?? state.ideaOfferedTurn;
  return { ...kept, engagement, leaderTurns, tellStreak, ...(ideaOfferedTurn !== undefined ? { ideaOfferedTurn } : {}) };
}

/**
 * The state when the structured call failed, by the simulator's rules over what the persona was
 * given: the fact it was given this turn counts as shared when the simulator would have revealed a
 * fact to this reading, or the reply carries that fact's content words; the idea likewise, when it
 * was in the prompt; who owns the next step as the simulator decides it (a takeover hands it to the
 * leader, a hand-over to the persona). Marked `derived` so the record says where it came from.
 */
export function deriveState(input: PersonaStateInput & { gate: PersonaGate }): PersonaState {
  const { scenario, state, reading, gate, personaText } = input;
  const simulated = react(scenario, state, reading);
  const content = new PersonaContent(scenario);
  const given = gate.facts.askedAbout;
  const factShared = given !== undefined && (simulated.fact !== undefined || content.carriesFact(personaText, given));
  const ideaNow = gate.ideaOffered && (simulated.state.ideaSurfaced || content.carriesIdea(personaText));
  const base = advanceByReading(scenario, state, reading, gate);
  return {
    ...base,
    factsRevealed: factShared && !base.factsRevealed.includes(given.id) ? [...base.factsRevealed, given.id] : base.factsRevealed,
    ideaSurfaced: base.ideaSurfaced || ideaNow,
    nextStepOwner: simulated.state.nextStepOwner,
    derived: true,
  };
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
  /** What the persona was given this turn; derived from the other fields when absent. */
  gate?: PersonaGate;
}

export class PersonaStateTracker {
  constructor(
    private readonly model: ChatModel,
    private readonly prompt: PersonaStatePrompt,
    private readonly log: Log,
  ) {}

  /** Never fails the turn over bookkeeping: on any model trouble the state is derived by the simulator's rules. */
  async next(input: PersonaStateInput, signal: AbortSignal): Promise<PersonaState> {
    const { scenario, state, reading } = input;
    const gate = input.gate ?? gatePersona(scenario, state, reading, input.leaderText);
    const base = advanceByReading(scenario, state, reading, gate);
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
      const derived = deriveState({ ...input, gate });
      this.log.warn(
        { err, scenarioId: scenario.id, factsRevealed: derived.factsRevealed, ideaSurfaced: derived.ideaSurfaced, nextStepOwner: derived.nextStepOwner },
        'persona state call failed; state derived by the simulator rules',
      );
      return derived;
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
