import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Turn } from '@web/types/api';
import { HighlightedText } from './highlighted-text';
import { TurnTime } from './turn-time';
import { CoachingNote } from './live-feedback';
import { ScoreChip } from './score-chip';
import { ScoreDetails } from './score-details';

export const LeaderTurn = memo(function LeaderTurn({ turn, reply, actions }: { turn: Turn; reply: number; actions?: ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const [hovering, setHovering] = useState(false);
  const detailsId = `turn-${turn.index}-score`;
  const details = useRef<HTMLDivElement>(null);
  // Opened evidence may land under the docked reply box: bring it into view (scroll-padding leaves room).
  useEffect(() => {
    if (expanded) details.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);
  return (
    <li className="turn turn-leader" id={`turn-${turn.index}`} data-reply={reply}>
      <span className="speaker">
        {turn.speakerName ?? 'You'} <span className="reply-number">· reply {reply}</span>
        <TurnTime turn={turn} />
      </span>
      <div className="bubble bubble-leader">
        <HighlightedText text={turn.text} moves={turn.score?.moves ?? []} show={expanded || hovering} />
      </div>
      <div className="turn-meta">
        <ScoreChip
          score={turn.score}
          expanded={expanded}
          detailsId={detailsId}
          onToggle={() => setExpanded((e) => !e)}
          onHover={setHovering}
        />
      </div>
      {/* Always in the DOM, so the chip's aria-controls points at something even while collapsed. */}
      <div id={detailsId} ref={details} className="score-details" hidden={!expanded || !turn.score}>
        {expanded && turn.score && <ScoreDetails score={turn.score} judgeChanges={turn.judgeChanges} />}
      </div>
      <CoachingNote turnIndex={turn.index} stored={turn.feedback} />
      {actions && <div className="turn-actions">{actions}</div>}
    </li>
  );
});
