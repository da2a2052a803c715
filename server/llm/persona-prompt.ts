import type { ReplyScore } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import type { PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import type { ChatMessage } from './chat-model';
import { factLines } from './persona-facts';
import { gatePersona, type PersonaGate } from './persona-gate';
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
/** A persona prompt from other text (a variant under evaluation), checked like the shipped one. */
export const parsePersonaPrompt = (source: string): PersonaPrompt => PromptTemplate.parse('persona', source, KEYS);

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

/** The text of the leader turn being answered. */
export const latestLeaderText = (transcript: TranscriptTurn[]): string => transcript.findLast((turn) => turn.speaker === 'leader')?.text ?? '';

/** The idea section: the idea itself once invited, otherwise only that there is nothing to offer yet. */
function ideaLines(scenario: Scenario, gate: PersonaGate): string {
  if (!gate.ideaOffered) {
    return '(Nobody has asked for your view yet, so you have no plan of your own to put forward in this reply. Do not hint at one or make one up; if pressed for a fix, say you are not sure yet.)';
  }
  return `${scenario.ownIdea.summary}. How you would put it: "${scenario.ownIdea.text}"`;
}

/** The system prompt and the conversation; `gate` (what the persona may know this turn) is computed when not given. */
export function personaMessages(prompt: PersonaPrompt, input: PersonaPromptInput, gate?: PersonaGate): ChatMessage[] {
  const { scenario, transcript, reading, state } = input;
  const { persona } = scenario;
  const given = gate ?? gatePersona(scenario, state, reading, latestLeaderText(transcript));
  const facts = factLines(given.facts);
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
    ownIdea: ideaLines(scenario, given),
    personaCommits: scenario.ownership.personaCommits,
    leaderTakesOver: scenario.ownership.leaderTakesOver,
    ideaStatus: state.ideaSurfaced ? 'already on the table' : 'not shared yet',
    engagement: engagementWords(state.engagement),
    latestReading: readingWords(reading, state),
  });
  return [...system, ...conversationMessages(transcript)];
}
