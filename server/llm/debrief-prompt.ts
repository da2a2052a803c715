import type { Scorecard } from '@core/rubric/types';
import type { PersonaState } from '@core/simulator/types';
import { replyLabel, replyList } from '@core/transcript/reply-numbers';
import type { TranscriptTurn } from '@core/transcript/types';
import type { DebriefInput } from '../practice/engines';
import type { ChatMessage } from './chat-model';
import { PromptTemplate } from './prompt-template';
import { kindWords } from './reading-words';

const KEYS = [
  'learningFocus',
  'personaName',
  'personaRole',
  'scenarioTitle',
  'overall',
  'figures',
  'delegationHighest',
  'delegationFinal',
  'takeovers',
  'nextStepOwner',
  'facts',
  'idea',
  'ideaStatus',
  'transcript',
] as const;
export type DebriefPrompt = PromptTemplate<(typeof KEYS)[number]>;
export const loadDebriefPrompt = (): DebriefPrompt => PromptTemplate.load('debrief', KEYS);

const finalState = (transcript: TranscriptTurn[]): PersonaState | undefined => transcript.findLast((t) => t.state)?.state;

const figureLines = (scorecard: Scorecard): string =>
  scorecard.figures
    .map((f) => {
      const replies = f.replies?.length ? `; ${replyList(f.replies)}` : '';
      const band = f.value === null ? 'not scored' : f.band === null ? 'not applicable' : `band ${f.band} of 5`;
      return `- ${f.label}: ${f.display} (${band}${replies}). ${f.explanation}`;
    })
    .join('\n');

/** Each turn numbered as the scorecard and the transcript view number it (the manager's reply number); manager turns carry the rubric's moves. */
function transcriptLines(transcript: TranscriptTurn[], personaName: string): string {
  return transcript
    .map((turn) => {
      const who = turn.speaker === 'leader' ? 'manager' : personaName;
      const line = `${replyLabel(transcript, turn.index)}, ${who}: "${turn.text}"${turn.interrupted ? ' (cut off)' : ''}`;
      const moves = turn.score?.moves.map((m) => `${kindWords(m.kind)} "${m.text}"`).join('; ');
      return moves ? `${line}\n  moves: ${moves}` : line;
    })
    .join('\n');
}

export function debriefMessages(prompt: DebriefPrompt, { scenario, transcript, scorecard }: DebriefInput): ChatMessage[] {
  const state = finalState(transcript);
  const revealed = new Set(state?.factsRevealed ?? []);
  return prompt.render({
    learningFocus: scenario.learningFocus,
    personaName: scenario.persona.name,
    personaRole: scenario.persona.role,
    scenarioTitle: scenario.title,
    overall: scorecard.overall === null ? 'not scored (fewer than 2 replies)' : `${scorecard.overall} out of 5`,
    figures: figureLines(scorecard),
    delegationHighest: String(scorecard.delegation.highest),
    delegationFinal: String(scorecard.delegation.final),
    takeovers: String(scorecard.delegation.takeovers),
    nextStepOwner: scorecard.nextStepOwner ?? 'not tracked',
    facts: scenario.hiddenFacts.map((f) => `- ${revealed.has(f.id) ? 'uncovered' : 'never uncovered'}: ${f.fact}`).join('\n'),
    idea: scenario.ownIdea.summary,
    ideaStatus: state?.ideaSurfaced ? 'they did put it forward' : 'they never put it forward',
    transcript: transcriptLines(transcript, scenario.persona.name),
  });
}
