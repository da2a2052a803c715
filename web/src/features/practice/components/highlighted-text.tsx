import { segmentText } from '@web/lib/spans';
import type { Move } from '@web/types/api';
import { MOVE_LABEL } from '@core/rubric/labels';
import { FAMILY_LABEL } from './labels';

/**
 * The reply with each move's words marked by family; plain text when `show` is off. Colour is
 * never the only cue: each family has its own underline (solid, wavy, dotted) and a screen reader
 * hears the move after its words.
 */
export function HighlightedText({ text, moves, show }: { text: string; moves: readonly Move[]; show: boolean }) {
  if (!show || moves.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, moves).map((seg, i) =>
        seg.mark ? (
          <mark key={i} className={`evidence evidence-${seg.mark.family}`}>
            {seg.text}
            <span className="sr-inline">{` (${FAMILY_LABEL[seg.mark.family]}: ${MOVE_LABEL[seg.mark.kind].toLowerCase()})`}</span>
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </>
  );
}
