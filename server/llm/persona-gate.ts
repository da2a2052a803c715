import type { ReplyScore } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import type { PersonaState } from '@core/simulator/types';
import { asksForView } from '@core/simulator/view-request';
import { factsForThisTurn } from './persona-facts';

// What the model persona is given for one turn. Instructions alone do not keep a model from
// volunteering what it knows, so what it must not say yet is left out of its prompt: hidden facts
// until a question touches them (persona-facts.ts), and its own idea until the leader invites it.

/** "What do you need?", "what would help?", "do you have any ideas?": asking for the persona's view in other words. */
const OTHER_INVITATIONS = [
  /\bwhat\b.*\b(do|would|will|might)\b.*\byou need\b/,
  /\bwhat\b.*\bwould help( you)?\b/,
  /\bhow can i help\b/,
  /\b(do|did) you have\b.*\b(ideas?|thoughts|plan|suggestions?|proposals?|views?|options)\b/,
  /\bany (ideas|thoughts|suggestions|proposals)\b/,
];

const QUESTIONS = new Set(['open_question', 'closed_question']);

const invitingQuestion = (question: string): boolean => {
  const q = question.toLowerCase().replace(/[’]/g, "'");
  return asksForView(q) || OTHER_INVITATIONS.some((p) => p.test(q));
};

/**
 * True when the reply invites the persona's own view or plan: a question about its options, what
 * it would do or what it needs, or the decision handed over to it (delegation 5+, not by a tell). Whatever invites
 * the offline simulator's idea (an open question asking for its view) is included.
 */
export function invitesIdea(reading: ReplyScore): boolean {
  const { delegation } = reading;
  // Advice that leaves the decision with the persona ("go with X, your call") hands over a fix, not the floor.
  const handsOver = typeof delegation.level === 'number' && delegation.level >= 5 && delegation.ownership === 'hands_over';
  if (handsOver && reading.family !== 'tell') return true;
  return reading.moves.some((move) => QUESTIONS.has(move.kind) && invitingQuestion(move.text));
}

export interface PersonaGate {
  facts: ReturnType<typeof factsForThisTurn>;
  /** Whether the persona's idea is in the prompt this turn: on the table already, or invited now or earlier. */
  ideaOffered: boolean;
  /** The leader turn (1-based) whose reply first invited the idea; kept in the state once set. */
  ideaOfferedTurn?: number;
}

export function gatePersona(scenario: Scenario, state: PersonaState, reading: ReplyScore, leaderText: string): PersonaGate {
  const thisTurn = state.leaderTurns + 1;
  const ideaOfferedTurn = state.ideaOfferedTurn ?? (invitesIdea(reading) ? thisTurn : undefined);
  return {
    facts: factsForThisTurn(scenario, state, reading, leaderText),
    ideaOffered: state.ideaSurfaced || ideaOfferedTurn !== undefined,
    ...(ideaOfferedTurn !== undefined ? { ideaOfferedTurn } : {}),
  };
}
