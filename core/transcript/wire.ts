import type { ReplyScore, Scorecard, ScorecardFigure, ScorecardKey } from '../rubric/types';
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
  /** A persona turn the leader stopped mid-stream (it is also `interrupted`). */
  stopped?: boolean;
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

/** A turn an edit-and-resend or a regenerate replaced, kept as history. */
export interface ReplacedTurn extends Omit<TranscriptTurn, 'state'> {
  createdAt: string;
  replacedAt: string;
  reason: 'edited' | 'regenerated';
}

/** A branch of a session, as its parent lists it. */
export interface BranchSummary {
  id: string;
  forkTurnIndex: number;
  status: SessionStatus;
  createdAt: string;
  overall: number | null;
}

/** A figure as the sessions list and the progress page show it. */
export interface FigureSummary {
  key: ScorecardKey;
  label: string;
  value: ScorecardFigure['value'];
  display: string;
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
  /** A branch: the session it was forked from, and the index of the leader turn it was forked at. */
  parentId: string | null;
  forkTurnIndex: number | null;
  branches: BranchSummary[];
  /** Turns replaced by edit-and-resend or regenerate, oldest first. */
  history: ReplacedTurn[];
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
  learningFocus: string;
  parentId: string | null;
  forkTurnIndex: number | null;
  /** Ended sessions: the overall score (null: not enough to score) and each figure. */
  overall: number | null;
  figures: FigureSummary[];
}

export type ClientMessage =
  | { type: 'reply'; text: string }
  | { type: 'retry' }
  /** Replace the latest leader turn (and the answer to it) with `text`; the old ones stay in history. */
  | { type: 'edit'; text: string }
  /** A new answer to the latest leader turn; the old one stays in history. */
  | { type: 'regenerate' }
  /** Stop the persona's reply while it streams; what was said is kept, marked stopped. */
  | { type: 'stop' };

export type StreamErrorCode =
  | 'invalid_message'
  | 'busy'
  | 'session_ended'
  | 'nothing_to_retry'
  | 'nothing_to_edit'
  | 'nothing_to_regenerate'
  | 'nothing_to_stop'
  /** A reply arrived while the last leader turn has no answer yet: retry that one first. */
  | 'unanswered'
  /** The auth session behind the socket has ended (log-out or expiry); the socket closes. */
  | 'unauthorized'
  | 'llm_error'
  | 'internal';

export type EngineErrorKind = 'rate_limited' | 'timeout' | 'unavailable' | 'bad_response' | 'auth' | 'aborted';

export type ServerMessage =
  | { type: 'turn.saved'; turn: Turn }
  /** Turns from `fromIndex` on were replaced (edit-and-resend, regenerate, retry): drop them before what follows. */
  | { type: 'turns.removed'; fromIndex: number }
  /** Sent once with the rubric's reading, and again when the LLM judge refines it. */
  | { type: 'score'; turnIndex: number; score: ReplyScore; judgeChanges?: JudgeChange[] }
  | { type: 'persona.delta'; text: string }
  | { type: 'persona.done'; turn: Turn }
  | { type: 'feedback.delta'; text: string }
  | { type: 'feedback.done'; turnIndex: number; text: string }
  /** The leader stopped the persona's reply; the turn is over (a partial reply came as `persona.done`, marked stopped). */
  | { type: 'stopped' }
  | { type: 'error'; code: StreamErrorCode; message: string; kind?: EngineErrorKind; retryAfterMs?: number };
