import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { createDraftReader } from '@core/rubric/draft-reader';
import { warmUpRubric } from '@core/rubric/warm-up';
import { moveInWords } from '@core/rubric/labels';
import { headlineMove } from '@core/feedback/quote';
import { FAMILY_LABEL } from './labels';

/**
 * While the leader types, the same rubric the server uses reads the draft in the browser, sentence
 * by sentence as they change.
 * It cannot see the persona's hidden idea, so the server's reading of the sent reply may differ.
 */
let warmed = false;

/** The scorer's patterns compile on first use; pay that while the leader reads, not on the first keystroke. */
function warmUpWhenIdle(): () => void {
  if (warmed) return () => undefined;
  const warm = () => {
    warmed = true;
    warmUpRubric();
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(warm, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback.
  const timer = setTimeout(warm, 200);
  return () => clearTimeout(timer);
}

export function LiveMeter({ draft, previousTurn }: { draft: string; previousTurn: string | undefined }) {
  const deferred = useDeferredValue(draft.trim());
  useEffect(warmUpWhenIdle, []);
  // One reader per composer: a keystroke re-reads only the sentence it changed (core/rubric/draft-reader.ts).
  const [readDraft] = useState(createDraftReader);
  const score = useMemo(() => (deferred ? readDraft(deferred, { previousTurn }) : null), [readDraft, deferred, previousTurn]);
  if (!score) return null;
  const { family, delegation } = score;
  // The move that decides the reading, in words ("Leading question: advice phrased as a question").
  const move = headlineMove(score.moves, family);
  return (
    <span className="live-meter">
      <span>Reads as</span>
      <span className={`chip chip-static chip-${family}`}>
        <span className="chip-family">{FAMILY_LABEL[family]}</span>
        {delegation.level !== 'none' && (
          <span className="chip-delegation">
            L{delegation.level} · {delegation.name}
          </span>
        )}
      </span>
      {move && move.kind !== 'other' && <span className="live-meter-move">{moveInWords(move.kind)}</span>}
    </span>
  );
}
