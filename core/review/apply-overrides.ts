import { delegationName, familyOf, ownershipOf } from '../rubric/moves';
import { scoreSession } from '../rubric/score-session';
import { dominantFamily } from '../rubric/score-reply';
import { MOVE_KINDS, type DelegationLevel, type MoveKind, type ReplyScore, type Scorecard, type ScorecardKey } from '../rubric/types';
import type { TranscriptTurn } from '../transcript/types';

// A coach's corrections of the automatic reading, applied on top of it. The stored reading never
// changes: the corrected transcript and scorecard are derived on every read.

export interface LabelCorrection {
  turnIndex: number;
  target: 'move' | 'delegation';
  /** Move corrections only: which move of the reply. */
  moveIndex: number | null;
  /** A move kind, or a delegation level "0".."7" / "none". */
  to: string;
}

export const isMoveKind = (value: string): value is MoveKind => (MOVE_KINDS as readonly string[]).includes(value);

export function parseDelegationValue(value: string): DelegationLevel | 'none' | undefined {
  if (value === 'none') return 'none';
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 && level <= 7 && String(level) === value ? (level as DelegationLevel) : undefined;
}

/** The label a correction would replace in a reading, as stored text; undefined when the target does not exist. */
export function currentLabel(score: ReplyScore, target: 'move' | 'delegation', moveIndex: number | null): string | undefined {
  if (target === 'delegation') return String(score.delegation.level);
  return moveIndex === null ? undefined : score.moves[moveIndex]?.kind;
}

/** One reply's reading with corrections applied (later corrections of the same label win). */
export function correctScore(score: ReplyScore, corrections: readonly LabelCorrection[]): ReplyScore {
  let moves = score.moves;
  let delegation = score.delegation;
  for (const c of corrections) {
    if (c.target === 'move' && c.moveIndex !== null && moves[c.moveIndex] && isMoveKind(c.to)) {
      const kind = c.to;
      moves = moves.map((m, i) => (i === c.moveIndex ? { ...m, kind, family: familyOf(kind), reason: `set by a coach (was ${score.moves[i].kind})` } : m));
    } else if (c.target === 'delegation') {
      const level = parseDelegationValue(c.to);
      if (level === undefined) continue;
      delegation = { ...delegation, level, name: delegationName(level), ownership: ownershipOf(level), reason: `set by a coach (was ${score.delegation.name})` };
    }
  }
  return moves === score.moves && delegation === score.delegation ? score : { moves, family: dominantFamily(moves), delegation };
}

/** The transcript as the coach reads it: every leader turn's reading with its corrections. */
export function applyCorrections<T extends TranscriptTurn>(turns: readonly T[], corrections: readonly LabelCorrection[]): T[] {
  return turns.map((turn) => {
    const mine = corrections.filter((c) => c.turnIndex === turn.index);
    return turn.speaker === 'leader' && turn.score && mine.length > 0 ? { ...turn, score: correctScore(turn.score, mine) } : turn;
  });
}

export interface CorrectedScorecard {
  scorecard: Scorecard;
  /** Figures whose value or band differs from the automatic scorecard. */
  changed: ScorecardKey[];
}

/** The scorecard recomputed from the corrected transcript; undefined when there are no corrections. */
export function correctedScorecard(
  turns: readonly TranscriptTurn[],
  corrections: readonly LabelCorrection[],
  automatic: Scorecard,
  /** How this kind of session is scored: a practice session with its scenario, an imported one without the scenario-only figures. */
  rescore: (turns: TranscriptTurn[]) => Scorecard = (t) => scoreSession(t),
): CorrectedScorecard | undefined {
  if (corrections.length === 0) return undefined;
  const scorecard = rescore(applyCorrections(turns, corrections));
  const before = new Map(automatic.figures.map((f) => [f.key, f]));
  const changed = scorecard.figures
    .filter((f) => {
      const was = before.get(f.key);
      return !was || was.band !== f.band || was.value !== f.value;
    })
    .map((f) => f.key);
  return { scorecard, changed };
}
