import type { ReplyScore, Scorecard } from '../rubric/types';
import type { ScenarioBrief } from '../scenario/schema';
import type { TranscriptFormat } from './import-types';
import type { TranscriptTurn } from './types';

// The shapes the server sends and the web app reads (docs/api.md): one definition for both sides.

/** A label the LLM judge changed, with the exact words of the reply that justify it. */
export interface JudgeChange {
  moveIndex: number;
  from: string;
  to: string;
  quote: string;
  reason: string;
}

export type Role = 'leader' | 'coach';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A stored turn as the API returns it; persona state stays on the server. */
export interface Turn extends Omit<TranscriptTurn, 'state'> {
  createdAt: string;
  /** Imported turns: the participant's name as the transcript gave it. */
  speakerName?: string;
  /** Imported turns: seconds from the start of the recording, when the file had times. */
  start?: number;
  end?: number;
  judgeChanges?: JudgeChange[];
  feedback?: string;
}

export type SessionStatus = 'open' | 'ended';
export type SessionKind = 'practice' | 'imported';

/** Where an imported session came from. */
export interface SessionSource {
  fileName: string | null;
  format: TranscriptFormat;
}

export interface Session {
  id: string;
  kind: SessionKind;
  /** The scenario's title for practice; the name given to an imported conversation. */
  title: string;
  /** Practice sessions (and re-imported Askwell files of them); null for a real conversation. */
  scenarioId: string | null;
  scenario: ScenarioBrief | null;
  /** Imported sessions: the leader's name in the transcript. */
  leaderName: string | null;
  source: SessionSource | null;
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
  kind: SessionKind;
  scenarioId: string | null;
  /** The scenario's title, or an imported conversation's name. */
  scenarioTitle: string;
  status: SessionStatus;
  createdAt: string;
  endedAt: string | null;
  leaderTurns: number;
  /** Coach comments, overrides and reviews the leader has not opened yet. */
  unread: number;
}

export type ClientMessage = { type: 'reply'; text: string } | { type: 'retry' };

export type StreamErrorCode =
  | 'invalid_message'
  | 'busy'
  | 'session_ended'
  | 'nothing_to_retry'
  /** A reply arrived while the last leader turn has no answer yet: retry that one first. */
  | 'unanswered'
  /** The auth session behind the socket has ended (log-out or expiry); the socket closes. */
  | 'unauthorized'
  | 'llm_error'
  | 'internal'
  /** The node is shutting down; reconnect (the load balancer sends the socket to another node). */
  | 'draining';

export type EngineErrorKind = 'rate_limited' | 'timeout' | 'unavailable' | 'bad_response' | 'auth' | 'aborted';

export type ServerMessage =
  | { type: 'turn.saved'; turn: Turn }
  /** Sent once with the rubric's reading, and again when the LLM judge refines it. */
  | { type: 'score'; turnIndex: number; score: ReplyScore; judgeChanges?: JudgeChange[] }
  | { type: 'persona.delta'; text: string }
  | { type: 'persona.done'; turn: Turn }
  | { type: 'feedback.delta'; text: string }
  | { type: 'feedback.done'; turnIndex: number; text: string }
  | { type: 'error'; code: StreamErrorCode; message: string; kind?: EngineErrorKind; retryAfterMs?: number };
