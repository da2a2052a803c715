import type { ReplyScore } from '../rubric/types';
import type { PersonaState } from '../simulator/types';
import type { Speaker } from './wire';

/** One turn of a practice transcript, as the scorecard and exports see it. */
export interface TranscriptTurn {
  /** 0-based position in the transcript. */
  index: number;
  speaker: Speaker;
  text: string;
  /** Leader turns: the rubric reading (possibly refined by the judge). */
  score?: ReplyScore;
  /** Persona turns: the persona's state after this turn. */
  state?: PersonaState;
  /** Persona turns cut off mid-stream are kept marked, never as complete. */
  interrupted?: boolean;
}
