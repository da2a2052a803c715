import { segmentText } from '../../../lib/spans';
import type { Move } from '../../../types/api';

/** The reply with each move's words marked by family; plain text when `show` is off. */
export function HighlightedText({ text, moves, show }: { text: string; moves: readonly Move[]; show: boolean }) {
  if (!show || moves.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, moves).map((seg, i) =>
        seg.mark ? (
          <mark key={i} className={`evidence evidence-${seg.mark.family}`}>
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
