// Wire types of docs/api.md. Domain types come from core (web -> core is allowed).
import type { Family, Move, MoveKind, ReplyScore, Scorecard, ScorecardFigure } from '@core/rubric/types';
import type { ScenarioBrief } from '@core/scenario/schema';

export type { Family, Move, MoveKind, ReplyScore, Scorecard, ScorecardFigure, ScenarioBrief };
export type {
  ClientMessage,
  JudgeChange,
  Role,
  ServerMessage,
  Session,
  SignupBody,
  SessionStatus,
  SessionSummary,
  StreamErrorCode,
  Turn,
  User,
} from '@core/transcript/wire';
