// Persona state tracked per turn, in offline (simulator) and model modes alike; feeds the scorecard.

export type NextStepOwner = 'persona' | 'leader' | 'nobody';

export interface PersonaState {
  /** Ids of hidden facts revealed so far. */
  factsRevealed: string[];
  /** Whether the persona has put its own idea on the table. */
  ideaSurfaced: boolean;
  /** 0 (shut down) .. 1 (fully engaged). */
  engagement: number;
  /** Who has committed to the next action so far. */
  nextStepOwner: NextStepOwner;
  /** Leader turns so far; drives variation and "told three times" hardening. */
  leaderTurns: number;
  /** Consecutive tell-dominated leader turns. */
  tellStreak: number;
  /** Model mode: the leader turn (1-based) whose reply first invited the persona's own idea into its prompt. */
  ideaOfferedTurn?: number;
  /**
   * Model mode: true when this turn's state was derived by the simulator's rules from the rubric
   * reading and what the persona was given, because the structured persona-state call failed.
   */
  derived?: boolean;
}

export const initialPersonaState = (): PersonaState => ({
  factsRevealed: [],
  ideaSurfaced: false,
  engagement: 0.6,
  nextStepOwner: 'nobody',
  leaderTurns: 0,
  tellStreak: 0,
});
