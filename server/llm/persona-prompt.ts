import type { ReplyScore } from '../../core/rubric/types';
import type { Scenario } from '../../core/scenario/schema';
import type { PersonaState } from '../../core/simulator/types';
import type { TranscriptTurn } from '../../core/transcript/types';
import type { ChatMessage } from './chat-model';
import { factLines, factsForThisTurn } from './persona-facts';
import { PromptTemplate } from './prompt-template';
import { engagementWords, readingWords } from './reading-words';

const KEYS = [
  'name',
  'role',
  'personality',
  'mood',
  'wants',
  'speakingStyle',
  'situation',
  'openingLine',
  'hiddenFacts',
  'ownIdea',
  'personaCommits',
  'leaderTakesOver',
  'ideaStatus',
  'engagement',
  'latestReading',
] as const;

export type PersonaPrompt = PromptTemplate<(typeof KEYS)[number]>;
export const loadPersonaPrompt = (): PersonaPrompt => PromptTemplate.load('persona', KEYS);

export interface PersonaPromptInput {
  scenario: Scenario;
  transcript: TranscriptTurn[];
  reading: ReplyScore;
  state: PersonaState;
}

/**
 * The conversation as chat turns: leader words only ever in `user` messages, so nothing typed
 * into a reply can pose as the system prompt. A persona turn cut mid-stream was still seen by the
 * leader, so its words stay, marked as broken off.
 */
export function conversationMessages(transcript: TranscriptTurn[]): ChatMessage[] {
  return transcript
    .filter((turn) => turn.text.trim() !== '')
    .map((turn) =>
      turn.speaker === 'leader'
        ? { role: 'user', content: turn.text }
        : { role: 'assistant', content: turn.interrupted ? `${turn.text}…` : turn.text },
    );
}

export function personaMessages(prompt: PersonaPrompt, { scenario, transcript, reading, state }: PersonaPromptInput): ChatMessage[] {
  const { persona } = scenario;
  const leaderText = transcript.findLast((turn) => turn.speaker === 'leader')?.text ?? '';
  const facts = factLines(factsForThisTurn(scenario, state, reading, leaderText));
  const system = prompt.render({
    name: persona.name,
    role: persona.role,
    personality: persona.personality,
    mood: persona.mood,
    wants: scenario.wants,
    speakingStyle: persona.speakingStyle,
    situation: scenario.brief,
    openingLine: scenario.openingLine,
    hiddenFacts: facts,
    ownIdea: `${scenario.ownIdea.summary}. How you would put it: "${scenario.ownIdea.text}"`,
    personaCommits: scenario.ownership.personaCommits,
    leaderTakesOver: scenario.ownership.leaderTakesOver,
    ideaStatus: state.ideaSurfaced ? 'already on the table' : 'not shared yet',
    engagement: engagementWords(state.engagement),
    latestReading: readingWords(reading, state),
  });
  return [...system, ...conversationMessages(transcript)];
}
