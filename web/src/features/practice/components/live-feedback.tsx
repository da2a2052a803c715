import { useLayoutEffect } from 'react';
import { followBottom } from '../../../lib/follow-bottom';
import { useFeedbackStream } from '../hooks/stream-store';

/** The coaching note under one leader turn: the stored note, or the one streaming right now. */
export function CoachingNote({ turnIndex, stored }: { turnIndex: number; stored: string | undefined }) {
  const live = useFeedbackStream(turnIndex);
  useLayoutEffect(() => {
    if (live !== null) followBottom();
  }, [live]);
  const text = live ?? stored;
  if (!text) return null;
  return (
    <aside className="coaching-note" aria-label="Coaching note" aria-live={live !== null ? 'polite' : undefined}>
      <span className="note-label">Coach</span>
      <p>
        {text}
        {live !== null && <span className="caret" aria-hidden="true" />}
      </p>
    </aside>
  );
}
