import type { ReplyScore, Scorecard } from '@core/rubric/types';
import type { Scenario } from '@core/scenario/schema';
import type { PersonaState } from '@core/simulator/types';
import type { TranscriptTurn } from '@core/transcript/types';
import type { EngineErrorKind, JudgeChange } from '@core/transcript/wire';

export type { EngineErrorKind, JudgeChange };

// The turn loop talks to these ports only. Offline adapters wrap core/simulator and the
// rubric-built notes; model adapters (server/llm) call an OpenAI-compatible endpoint.

export interface PersonaTurnInput {
  sessionId: string;
  scenario: Scenario;
  /** Whole transcript so far, ending with the leader turn being answered. */
  transcript: TranscriptTurn[];
  /** The (possibly judge-refined) rubric reading of that leader turn. */
  reading: ReplyScore;
  /** Persona state before this turn. */
  state: PersonaState;
}

export interface PersonaEngine {
  /** Yields text deltas; returns the persona's state after the turn. */
  reply(input: PersonaTurnInput, signal: AbortSignal): AsyncGenerator<string, PersonaState>;
}

export interface FeedbackInput {
  scenario: Scenario;
  transcript: TranscriptTurn[];
  /** Index of the leader turn the note is about. */
  turnIndex: number;
  reading: ReplyScore;
  stateBefore: PersonaState;
  stateAfter: PersonaState;
}

export interface FeedbackEngine {
  /** A short coaching note on one leader turn, streamed. */
  note(input: FeedbackInput, signal: AbortSignal): AsyncGenerator<string, void>;
}

export interface DebriefInput {
  scenario: Scenario;
  transcript: TranscriptTurn[];
  scorecard: Scorecard;
}

export interface DebriefEngine {
  debrief(input: DebriefInput, signal: AbortSignal): AsyncGenerator<string, void>;
}

export interface JudgeEngine {
  /** Refines the rubric reading; never invents evidence. Returns the reading unchanged on any doubt. */
  refine(
    input: { reply: string; previousTurn?: string; scenario: Scenario; reading: ReplyScore },
    signal: AbortSignal,
  ): Promise<{ reading: ReplyScore; changes: JudgeChange[] }>;
}

export interface Engines {
  mode: 'offline' | 'llm';
  model?: string;
  persona: PersonaEngine;
  feedback: FeedbackEngine;
  debrief: DebriefEngine;
  judge?: JudgeEngine;
}


/** Typed failure of a model-backed engine, surfaced to the client as `error` with `kind`. */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}
