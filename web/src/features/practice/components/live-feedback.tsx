import { useLayoutEffect } from 'react';
import { followBottom } from '@web/lib/follow-bottom';
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
    // Not a landmark (one per turn would flood the landmark list) and not live (the finished note is announced once).
    <div className="coaching-note">
      <span className="note-label">
        <span aria-hidden="true">Coach</span>
        <span className="visually-hidden">Coaching note:</span>
      </span>
      <p>
        {text}
        {live !== null && <span className="caret" aria-hidden="true" />}
      </p>
    </div>
  );
}
