import { useLayoutEffect } from 'react';
import { followBottom } from '@web/lib/follow-bottom';
import { usePersonaStream } from '../hooks/stream-store';

/** The persona reply as it streams in; the only thing that re-renders per token. */
export function StreamingReply({ name, waiting }: { name: string; waiting: boolean }) {
  const text = usePersonaStream();
  const active = text !== null || waiting;
  useLayoutEffect(() => {
    if (active) followBottom();
  }, [text, active]);
  return (
    // Not a live region: a screen reader would read every token. The LiveAnnouncer says when
    // the reply starts and reads it once, finished.
    <div className="streaming">
      {active && (
        <div className="turn turn-persona">
          <span className="speaker">{name}</span>
          <div className="bubble bubble-persona bubble-streaming">
            {text ? (
              <>
                {text}
                <span className="caret" aria-hidden="true" />
              </>
            ) : (
              <span className="typing">
                <span className="visually-hidden">{name} is replying</span>
                <span className="dot" aria-hidden="true" />
                <span className="dot" aria-hidden="true" />
                <span className="dot" aria-hidden="true" />
              </span>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
