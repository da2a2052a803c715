import { scoreReply } from '../rubric/score-reply';
import { overallBand, scoreSession } from '../rubric/score-session';
import type { ReplyScore, Scorecard, ScorecardFigure, ScorecardKey } from '../rubric/types';
import type { ImportedTurn } from './import-types';
import type { TranscriptTurn } from './types';

// A real conversation scored with the practice rubric. Everyone but the leader plays the other side;
// figures that need a scenario's persona (did their own idea come out, who committed to the next
// step) are marked not applicable rather than guessed.

export interface ScoredImportTurn extends ImportedTurn {
  /** The rubric's reading of the leader's turns; null for everyone else. */
  score: ReplyScore | null;
}

export interface ScoredImport {
  turns: ScoredImportTurn[];
  scorecard: Scorecard;
}

/** Figures that need what only a scenario's persona knows. */
export const SCENARIO_ONLY_FIGURES: readonly ScorecardKey[] = ['ideasElicited', 'ownership'];

const NOT_APPLICABLE = 'not applicable';

export function scoreImported(turns: readonly ImportedTurn[], leader: string): ScoredImport {
  let previousOther: string | undefined;
  const scored = turns.map((t): ScoredImportTurn => {
    if (t.speaker !== leader) {
      previousOther = t.text;
      return { ...t, score: null };
    }
    return { ...t, score: scoreReply(t.text, previousOther === undefined ? undefined : { previousTurn: previousOther }) };
  });
  return { turns: scored, scorecard: importedScorecard(scored.map(toRubricTurn)) };
}

const toRubricTurn = (t: { index: number; text: string; score: ReplyScore | null }): TranscriptTurn =>
  t.score ? { index: t.index, speaker: 'leader', text: t.text, score: t.score } : { index: t.index, speaker: 'persona', text: t.text };

/** The practice scorecard with the scenario-only figures marked not applicable. */
export function importedScorecard(turns: readonly TranscriptTurn[]): Scorecard {
  const card = scoreSession([...turns]);
  const figures = card.figures.map((f) => (SCENARIO_ONLY_FIGURES.includes(f.key) ? notApplicable(f) : f));
  return { ...card, figures, overall: card.overall === null ? null : overallBand(figures), nextStepOwner: null };
}

const notApplicable = (f: ScorecardFigure): ScorecardFigure => ({
  ...f,
  value: null,
  display: NOT_APPLICABLE,
  band: null,
  turns: [],
  explanation:
    f.key === 'ideasElicited'
      ? 'Needs a practice scenario: only there is the other person’s own idea known in advance.'
      : 'Needs a practice scenario: in a real conversation nobody records who committed to the next step.',
});
