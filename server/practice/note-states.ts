import type { PersonaState } from '@core/simulator/types';

/** The before/after persona states a coaching note describes, with the fact this turn revealed. */
export const noteStates = (stateBefore: PersonaState, stateAfter: PersonaState) => ({
  stateBefore,
  stateAfter,
  revealedFactId: stateAfter.factsRevealed.find((id) => !stateBefore.factsRevealed.includes(id)),
});
