import type { ReplyScore } from '@core/rubric/types';
import type { HiddenFact, Scenario } from '@core/scenario/schema';
import type { PersonaState } from '@core/simulator/types';
import { bestFactMatch } from '@core/simulator/topics';

const ASKING = new Set(['open_question', 'closed_question', 'reflection']);

/**
 * The hidden facts the model may know this turn: those already shared, plus the one fact the
 * leader's asking moves touch most (the simulator's rule). The rest are left out of the prompt
 * altogether, so no wording of the reply and no slip of the model can reveal them unasked.
 */
export function factsForThisTurn(
  scenario: Scenario,
  state: PersonaState,
  reading: ReplyScore,
  leaderText: string,
): { shared: HiddenFact[]; askedAbout?: HiddenFact; withheld: number } {
  const asked = reading.moves
    .filter((move) => ASKING.has(move.kind))
    .map((move) => leaderText.slice(move.start, move.end))
    .join(' ');
  const askedAbout = asked ? bestFactMatch(asked, scenario.hiddenFacts, state.factsRevealed) : undefined;
  const shared = scenario.hiddenFacts.filter((fact) => state.factsRevealed.includes(fact.id));
  return { shared, askedAbout, withheld: scenario.hiddenFacts.length - shared.length - (askedAbout ? 1 : 0) };
}

/** The facts section of the persona prompt. */
export function factLines(facts: ReturnType<typeof factsForThisTurn>): string {
  const lines = facts.shared.map((fact) => `- (already shared) [${fact.topics.join(', ')}] ${fact.fact}`);
  if (facts.askedAbout) lines.push(`- [${facts.askedAbout.topics.join(', ')}] ${facts.askedAbout.fact}`);
  if (facts.withheld > 0) {
    lines.push(
      `- (${facts.withheld} more thing${facts.withheld === 1 ? '' : 's'} on your mind that you are not ready to talk about yet: do not hint at or invent them.)`,
    );
  }
  return lines.length ? lines.join('\n') : '- (nothing you are ready to talk about yet)';
}
