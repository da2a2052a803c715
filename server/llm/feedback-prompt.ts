import type { FeedbackInput } from '../practice/engines';
import type { ChatMessage } from './chat-model';
import { PromptTemplate } from './prompt-template';
import { moveLines } from './reading-words';

const KEYS = [
  'learningFocus',
  'personaName',
  'personaRole',
  'scenarioTitle',
  'turnNumber',
  'reply',
  'moves',
  'family',
  'delegation',
  'stateChange',
  'personaReply',
] as const;
export type FeedbackPrompt = PromptTemplate<(typeof KEYS)[number]>;
export const loadFeedbackPrompt = (): FeedbackPrompt => PromptTemplate.load('feedback', KEYS);

/** What the reply changed for the persona, in words; counts only, so no unrevealed fact leaks. */
export function stateChangeWords({ scenario, stateBefore, stateAfter }: FeedbackInput): string {
  const total = scenario.hiddenFacts.length;
  const newFacts = stateAfter.factsRevealed.filter((id) => !stateBefore.factsRevealed.includes(id)).length;
  const facts = newFacts
    ? `${newFacts} hidden fact${newFacts > 1 ? 's' : ''} came out (${stateAfter.factsRevealed.length} of ${total} so far)`
    : `no hidden fact came out (${stateAfter.factsRevealed.length} of ${total} so far)`;
  const idea = stateAfter.ideaSurfaced
    ? stateBefore.ideaSurfaced
      ? 'their own idea was already on the table'
      : 'they put their own idea forward this turn'
    : 'they have not offered their own idea yet';
  const delta = stateAfter.engagement - stateBefore.engagement;
  const mood = `engagement ${delta > 0.005 ? 'rose' : delta < -0.005 ? 'fell' : 'held'} (${stateBefore.engagement.toFixed(2)} to ${stateAfter.engagement.toFixed(2)})`;
  return `${facts}; ${idea}; ${mood}; next step owned by: ${stateAfter.nextStepOwner}.`;
}

export function feedbackMessages(prompt: FeedbackPrompt, input: FeedbackInput): ChatMessage[] {
  const { scenario, transcript, turnIndex, reading } = input;
  const personaReply = transcript.find((t) => t.index > turnIndex && t.speaker === 'persona');
  const { delegation } = reading;
  return prompt.render({
    learningFocus: scenario.learningFocus,
    personaName: scenario.persona.name,
    personaRole: scenario.persona.role,
    scenarioTitle: scenario.title,
    turnNumber: String(turnIndex),
    reply: transcript.find((t) => t.index === turnIndex)?.text ?? '',
    moves: moveLines(reading.moves),
    family: `${reading.family} (by the dominance rule: a solution-carrying tell anywhere makes the reply tell)`,
    delegation:
      delegation.level === 'none'
        ? 'no decision or task in play'
        : `level ${delegation.level} (${delegation.name}), ownership ${delegation.ownership}: ${delegation.reason}`,
    stateChange: stateChangeWords(input),
    personaReply: personaReply?.text ?? '(no answer yet)',
  });
}
