import type { Move, MoveKind, ReplyScore } from '../rubric/types';
import type { Scenario } from '../scenario/schema';
import { createRng, hashString, type Rng } from '../simulator/random';
import type { PersonaState } from '../simulator/types';
import { HAND_OVER, VIEW_QUESTIONS, questionFor } from './questions';
import { QUESTION_MOVES, isSolutionMove } from '../rubric/moves';
import { headlineMove, quote } from './quote';

export interface TurnNoteInput {
  reading: ReplyScore;
  stateBefore: PersonaState;
  stateAfter: PersonaState;
  scenario: Scenario;
  revealedFactId?: string;
}

/** What the move was; `q` is the quoted words, `p` the persona's name. */
const WHAT: Record<MoveKind, Array<(q: string, p: string) => string>> = {
  open_question: [
    (q, p) => `${q} was an open question: it left the thinking to ${p}.`,
    (q, p) => `Asking ${q} invited ${p} to explore rather than confirm.`,
  ],
  closed_question: [
    (q) => `${q} was a closed question, answerable in a word.`,
    (q) => `${q} asked for a yes, a no or a single fact.`,
  ],
  reflection: [
    (q, p) => `${q} was a reflection: you gave back what ${p} said without adding advice.`,
    (q, p) => `With ${q} you reflected ${p}'s words back instead of solving.`,
  ],
  leading_question: [
    (q) => `${q} was advice wearing a question mark.`,
    (q) => `${q} sounds like a question but carries your solution.`,
  ],
  advice: [
    (q, p) => `${q} was advice: your solution, not ${p}'s.`,
    (q, p) => `With ${q} you offered an answer before hearing ${p}'s.`,
  ],
  directive: [(q, p) => `${q} was a directive: you decided for ${p}.`, (q, p) => `${q} told ${p} what to do.`],
  information: [(q) => `${q} gave information rather than asking.`, (q) => `${q} added your own view of the facts.`],
  takeover: [(q, p) => `${q} took the problem back from ${p}.`, (q) => `With ${q} you took the task over.`],
  affirmation: [(q, p) => `${q} recognised something specific about ${p}'s work.`, (q) => `${q} was an affirmation.`],
  other: [(q) => `${q} neither asked nor told.`, (q) => `${q} kept the floor open without steering.`],
};

function what(input: TurnNoteInput, p: string, rng: Rng): string {
  const { reading } = input;
  const d = reading.delegation;
  const handsOver = typeof d.level === 'number' && d.level >= 5 && d.ownership === 'hands_over';
  const takeover = reading.moves.find((m) => m.kind === 'takeover');
  if (handsOver && !takeover) {
    const words = d.evidence[0]?.text ?? reading.moves.map((m) => m.text).join(' ');
    return `${quote(words)} handed the decision to ${p} (level ${d.level}, ${d.name}).`;
  }
  const move = takeover ?? headlineMove(reading.moves, reading.family)!;
  return rng.pick(WHAT[move.kind])(quote(move.text), p);
}

/** What the reply did to the persona, read from the state change. */
function effect(input: TurnNoteInput, p: string, tell: boolean): string {
  const { stateBefore: before, stateAfter: after, scenario, reading } = input;
  if (after.nextStepOwner === 'leader' && before.nextStepOwner !== 'leader') {
    return `${p} was relieved and stopped owning the problem: the next step is now yours.`;
  }
  if (after.nextStepOwner === 'persona' && before.nextStepOwner !== 'persona') {
    return `${p} committed to a next step with a time, so the follow-through is ${p}'s.`;
  }
  if (after.ideaSurfaced && !before.ideaSurfaced) return `It brought out ${p}'s own idea: ${scenario.ownIdea.summary}.`;
  const fact = scenario.hiddenFacts.find((f) => f.id === input.revealedFactId);
  if (fact) {
    const opened = reading.moves.some((m) => m.kind === 'reflection');
    return `${opened ? `${p} opened up and volunteered something new` : `It drew out something ${p} had not said`}: ${quote(fact.fact, 10)}.`;
  }
  if (tell && after.tellStreak >= 3) {
    return `${p} has gone curt: that is ${after.tellStreak} tells in a row, and nothing new comes out while it lasts.`;
  }
  if (tell) return `${p} went along with it, but was less engaged afterwards and offered nothing new.`;
  if (after.engagement > before.engagement && before.engagement < 0.3) {
    return `${p} is still wary after being told what to do; keep asking and the trust comes back.`;
  }
  if (after.engagement > before.engagement) return `${p} warmed up a little, though nothing new came out yet.`;
  if (reading.family === 'other') return `${p} is still waiting for you to ask or decide something.`;
  return `${p} answered briefly and nothing new came out.`;
}

/** One better move: an open question in place of a tell, or an open version of a closed question. */
function alternative(input: TurnNoteInput, p: string, rng: Rng): string | undefined {
  const { reading, stateAfter, scenario } = input;
  const takeover = reading.moves.some((m) => m.kind === 'takeover') || reading.delegation.level === 0;
  const solution = reading.moves.some((m) => isSolutionMove(m.kind));
  const closedOnly = reading.moves.length > 0 && reading.moves.every((m) => m.kind === 'closed_question' || m.family === 'other');
  const hidden = scenario.hiddenFacts.find((f) => !stateAfter.factsRevealed.includes(f.id));
  if (takeover) return `To leave it with ${p}, ask "${HAND_OVER[1]}"`;
  if (reading.family === 'tell') {
    if (solution && !stateAfter.ideaSurfaced) return `Try instead: "${rng.pick(VIEW_QUESTIONS)}"`;
    return `Try instead: "${hidden ? questionFor(hidden).question : HAND_OVER[0]}"`;
  }
  if (closedOnly && reading.moves.some((m) => m.kind === 'closed_question') && hidden && !input.revealedFactId) {
    return `An open version, such as "${questionFor(hidden).question}", would give ${p} room to say more.`;
  }
  return undefined;
}

/** Questions stacked in one reply count once for the ask ratio; the note says why that is the better habit. */
const STACKED_QUESTIONS = 3;
function stacked(reading: TurnNoteInput['reading']): string | undefined {
  const asked = reading.moves.filter((m) => QUESTION_MOVES.includes(m.kind)).length;
  return asked >= STACKED_QUESTIONS ? `That reply asked ${asked} questions at once: one question at a time lets them think.` : undefined;
}

/**
 * A 1-4 sentence coaching note on one leader reply, built from the rubric reading and what the
 * reply did to the persona. Deterministic for a given reply and turn.
 */
export function offlineTurnNote(input: TurnNoteInput): string {
  const p = input.scenario.persona.name;
  const { reading, stateBefore } = input;
  if (reading.moves.length === 0) return `There was nothing to read in that reply, so ${p} is still waiting.`;
  const rng = createRng(hashString(reading.moves.map((m: Move) => m.text).join(' ')) + stateBefore.leaderTurns);
  const tell = reading.family === 'tell' || reading.moves.some((m) => m.kind === 'takeover');
  return [what(input, p, rng), effect(input, p, tell), alternative(input, p, rng), stacked(reading)].filter(Boolean).join(' ');
}
