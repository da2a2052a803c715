import type { ReplyScore } from '../../../types/api';
import { FAMILY_LABEL } from './labels';

interface ScoreChipProps {
  score: ReplyScore | undefined;
  expanded: boolean;
  detailsId: string;
  onToggle(): void;
  onHover(hovering: boolean): void;
}

export function ScoreChip({ score, expanded, detailsId, onToggle, onHover }: ScoreChipProps) {
  if (!score) return <span className="chip chip-pending">Scoring…</span>;
  const { family, delegation } = score;
  return (
    <button
      type="button"
      className={`chip chip-${family}`}
      aria-expanded={expanded}
      aria-controls={detailsId}
      onClick={onToggle}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onFocus={() => onHover(true)}
      onBlur={() => onHover(false)}
      title="Show how this reply was scored"
    >
      <span className="chip-family">{FAMILY_LABEL[family]}</span>
      {delegation.level !== 'none' && (
        <span className="chip-delegation">
          <span className="visually-hidden">delegation level </span>L{delegation.level} · {delegation.name}
        </span>
      )}
      <span className="visually-hidden">, show the evidence</span>
    </button>
  );
}
