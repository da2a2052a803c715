import { isSolutionMove } from '@core/rubric/moves';
import type { JudgeChange, ReplyScore } from '@web/types/api';
import { moveLabel } from '@core/rubric/labels';
import { FAMILY_LABEL, OWNERSHIP_LABEL } from './labels';

const sentence = (text: string) => (text ? text[0].toUpperCase() + text.slice(1) : text);

interface ScoreDetailsProps {
  score: ReplyScore;
  judgeChanges?: JudgeChange[];
}

/** Every score points at the words that earned it: each move with its quoted span and reason. */
export function ScoreDetails({ score, judgeChanges }: ScoreDetailsProps) {
  const { delegation } = score;
  return (
    <>
      <p className="details-summary">
        Overall <strong className={`family-text family-${score.family}`}>{FAMILY_LABEL[score.family]}</strong>
        {score.family === 'tell' && score.moves.some((m) => isSolutionMove(m.kind))
          ? ': a move that carries a solution outweighs any question.'
          : null}
      </p>
      <ul className="move-list">
        {score.moves.map((m, i) => (
          <li key={i} className="move">
            <span className={`move-kind family-${m.family}`}>
              {moveLabel(m.kind)} · {FAMILY_LABEL[m.family]}
            </span>
            <q>
              <mark className={`evidence evidence-${m.family}`}>{m.text}</mark>
            </q>
            <span className="move-reason">{m.reason}</span>
          </li>
        ))}
      </ul>
      <div className="delegation-detail">
        <span className="move-kind">Delegation</span>
        {delegation.level === 'none' ? (
          <span className="move-reason">{sentence(delegation.reason) || 'No decision or task in play.'}</span>
        ) : (
          <span>
            <strong>
              Level {delegation.level} · {delegation.name}
            </strong>{' '}
            ({OWNERSHIP_LABEL[delegation.ownership]}){' '}
            {delegation.evidence.map((e, i) => (
              <q key={i}>
                <mark className="evidence evidence-delegation">{e.text}</mark>
              </q>
            ))}
            <span className="move-reason">{delegation.reason}</span>
          </span>
        )}
      </div>
      {judgeChanges && judgeChanges.length > 0 && (
        <div className="judge-changes">
          <span className="move-kind">Refined by the judge</span>
          <ul>
            {judgeChanges.map((c, i) => (
              <li key={i}>
                {moveLabel(c.from)} → {moveLabel(c.to)}: <q>{c.quote}</q> <span className="move-reason">{c.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="evidence-legend">
        In your reply: <span className="evidence evidence-ask">ask</span> is underlined,{' '}
        <span className="evidence evidence-tell">tell</span> wavy, <span className="evidence evidence-other">other</span> dotted.
      </p>
    </>
  );
}
