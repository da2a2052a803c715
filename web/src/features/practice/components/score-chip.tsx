import type { ReplyScore } from '@web/types/api';
import { MOVE_LABEL } from '@core/rubric/labels';
import { FAMILY_LABEL } from './labels';

interface ScoreChipProps {
  score: ReplyScore | undefined;
  expanded: boolean;
  detailsId: string;
  onToggle(): void;
  onHover(hovering: boolean): void;
}

/** The move that decided the reply's family: the first of that family ("open question" for an ask). */
const decidingMove = (score: ReplyScore) => score.moves.find((m) => m.family === score.family) ?? score.moves[0];

/**
 * One button from "Scoring…" to the score, so focus stays put when the score lands. Its name reads
 * "Ask: open question. Delegation L3 · Explore options. Show evidence"; the words only a screen
 * reader needs are inline (see .sr-inline) and inside the chip's two flex items, since Chromium
 * puts a space between flex items and around positioned text when it builds the name.
 */
export function ScoreChip({ score, expanded, detailsId, onToggle, onHover }: ScoreChipProps) {
  const hover = (on: boolean) => () => score && onHover(on);
  const move = score && decidingMove(score);
  const delegated = !!score && score.delegation.level !== 'none';
  return (
    <button
      type="button"
      className={score ? `chip chip-${score.family}` : 'chip chip-pending'}
      aria-expanded={score ? expanded : false}
      aria-controls={detailsId}
      aria-disabled={score ? undefined : true}
      aria-busy={score ? undefined : true}
      onClick={() => score && onToggle()}
      onMouseEnter={hover(true)}
      onMouseLeave={hover(false)}
      onFocus={hover(true)}
      onBlur={hover(false)}
      title={score ? 'Show how this reply was scored' : undefined}
    >
      {score ? (
        <>
          <span className="chip-family">
            {FAMILY_LABEL[score.family]}
            <span className="sr-inline">
              {move ? `: ${MOVE_LABEL[move.kind].toLowerCase()}.` : '.'}
              {delegated ? ' ' : ' Show evidence'}
            </span>
          </span>
          {delegated && (
            <span className="chip-delegation">
              <span className="sr-inline">Delegation </span>L{score.delegation.level} · {score.delegation.name}
              <span className="sr-inline">. Show evidence</span>
            </span>
          )}
        </>
      ) : (
        'Scoring…'
      )}
    </button>
  );
}
