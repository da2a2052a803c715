import { MOVE_KINDS, type ReplyScore } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import type { ChatMessage } from './chat-model';
import { PromptTemplate } from './prompt-template';
import { moveLines } from './reading-words';

const KEYS = ['labels', 'personaName', 'previousTurn', 'reply', 'moves'] as const;
export type JudgePrompt = PromptTemplate<(typeof KEYS)[number]>;
export const loadJudgePrompt = (): JudgePrompt => PromptTemplate.load('judge', KEYS);

export interface JudgePromptInput {
  reply: string;
  previousTurn?: string;
  /** Only the persona's name is shown to the judge. */
  scenario: { persona: Pick<Scenario['persona'], 'name'> };
  reading: ReplyScore;
}

export const judgeMessages = (prompt: JudgePrompt, { reply, previousTurn, scenario, reading }: JudgePromptInput): ChatMessage[] =>
  prompt.render({
    labels: MOVE_KINDS.join(', '),
    personaName: scenario.persona.name,
    previousTurn: previousTurn ?? '(nothing yet: this is the start of the conversation)',
    reply,
    moves: moveLines(reading.moves),
  });
