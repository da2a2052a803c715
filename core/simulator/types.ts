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
}

export const initialPersonaState = (): PersonaState => ({
  factsRevealed: [],
  ideaSurfaced: false,
  engagement: 0.6,
  nextStepOwner: 'nobody',
  leaderTurns: 0,
  tellStreak: 0,
});
