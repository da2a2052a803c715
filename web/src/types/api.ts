// Wire types of docs/api.md. Domain types come from core (web -> core is allowed).
import type { Family, Move, MoveKind, ReplyScore, Scorecard, ScorecardFigure } from '../../../core/rubric/types';
import type { ScenarioBrief } from '../../../core/scenario/schema';
import type { JudgeChange } from '../../../server/practice/engines';

export type { Family, Move, MoveKind, ReplyScore, Scorecard, ScorecardFigure, ScenarioBrief, JudgeChange };

export type Role = 'leader' | 'coach';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type SessionStatus = 'open' | 'ended';

export interface Turn {
  index: number;
  speaker: 'leader' | 'persona';
  text: string;
  createdAt: string;
  score?: ReplyScore;
  judgeChanges?: JudgeChange[];
  feedback?: string;
  interrupted?: boolean;
}

export interface Session {
  id: string;
  scenarioId: string;
  scenario: ScenarioBrief;
  status: SessionStatus;
  feedbackEnabled: boolean;
  createdAt: string;
  endedAt: string | null;
  turns: Turn[];
  scorecard: Scorecard | null;
  debrief: string | null;
}

export interface SessionSummary {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  status: SessionStatus;
  createdAt: string;
  endedAt: string | null;
  leaderTurns: number;
}

export type ClientMessage = { type: 'reply'; text: string } | { type: 'retry' };

export type StreamErrorCode = 'invalid_message' | 'busy' | 'session_ended' | 'nothing_to_retry' | 'llm_error';

export type ServerMessage =
  | { type: 'turn.saved'; turn: Turn }
  | { type: 'score'; turnIndex: number; score: ReplyScore; judgeChanges?: JudgeChange[] }
  | { type: 'persona.delta'; text: string }
  | { type: 'persona.done'; turn: Turn }
  | { type: 'feedback.delta'; text: string }
  | { type: 'feedback.done'; turnIndex: number; text: string }
  | {
      type: 'error';
      code: StreamErrorCode | (string & {});
      message: string;
      kind?: string;
      retryAfterMs?: number;
    };
