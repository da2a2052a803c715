// The rubric's vocabulary (../shared/RUBRIC.md §1-§3). Shared by server, web, CLI and simulator.

export const MOVE_KINDS = [
  'open_question',
  'closed_question',
  'reflection',
  'leading_question',
  'advice',
  'directive',
  'information',
  'takeover',
  'affirmation',
  'other',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export type Family = 'ask' | 'tell' | 'other';

/** A character span `[start, end)` in the reply, with the words it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Move extends Span {
  kind: MoveKind;
  family: Family;
  /** Short human-readable reason, e.g. "question starting with 'what' that invites options". */
  reason: string;
  /** The words inside the move that earned its label (e.g. "you should"); the whole sentence when no single cue did. */
  cue?: Span;
}

export type DelegationLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type Ownership = 'keeps' | 'shares' | 'hands_over' | 'none';

export interface DelegationReading {
  level: DelegationLevel | 'none';
  /** Management 3.0 name: takeover, tell, sell, consult, agree, advise, inquire, delegate, or none. */
  name: string;
  ownership: Ownership;
  evidence: Span[];
  reason: string;
}

export interface ReplyScore {
  moves: Move[];
  /** Utterance-level family by the dominance rule. */
  family: Family;
  delegation: DelegationReading;
}

export interface ScoreContext {
  /** The other person's previous turn: tells a reflection from new information. */
  previousTurn?: string;
  /** Ideas/solutions the other person has raised so far (text); a question proposing anything else is leading. */
  scenario?: { personaIdea?: string; topics?: string[] };
}

export type Band = 1 | 2 | 3 | 4 | 5;

export const SCORECARD_KEYS = [
  'askRatio',
  'openQuestionShare',
  'talkShare',
  'patience',
  'ideasElicited',
  'delegation',
  'ownership',
] as const;
export type ScorecardKey = (typeof SCORECARD_KEYS)[number];

/** One scorecard figure (RUBRIC.md §3), rendered generically by the UI. */
export interface ScorecardFigure {
  key: ScorecardKey;
  label: string;
  /** Raw value: a ratio 0..1, a turn count, a level, or a category; null when not measurable. */
  value: number | string | boolean | null;
  /** Human-readable value, e.g. "67%", "never", "level 6 (inquire)". */
  display: string;
  /** null when the figure does not apply (e.g. ideas elicited in an imported conversation, which has no scenario). */
  band: Band | null;
  /** The band thresholds in words, shown in the UI, e.g. "5: >= 80%, 4: >= 65% ...". */
  bandRule: string;
  /** Transcript indexes of the turns that drove this figure (for links). */
  turns: number[];
  /** The same turns as the leader's reply numbers (1-based; a persona turn counts as the reply it answers). */
  replies?: number[];
  explanation: string;
}

export interface Scorecard {
  figures: ScorecardFigure[];
  /** Mean of the bands of the figures that apply, one decimal; null with fewer than 2 leader replies (not enough to score). */
  overall: number | null;
  delegation: { highest: DelegationLevel | 'none'; final: DelegationLevel | 'none'; takeovers: number };
  /** null when nobody's commitments were tracked (imported conversations). */
  nextStepOwner: 'persona' | 'leader' | 'nobody' | null;
}
