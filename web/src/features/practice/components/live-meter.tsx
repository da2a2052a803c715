import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { createDraftReader } from '@core/rubric/draft-reader';
import { createWarmUp, type WarmUp } from '@core/rubric/warm-up';
import { moveInWords } from '@core/rubric/labels';
import { headlineMove } from '@core/feedback/quote';
import { FAMILY_LABEL } from './labels';

/** One warm-up for the page, however often the meter mounts. */
let warmUp: WarmUp | undefined;
/** Time left in an idle period below which no further step is started (a step takes a few ms). */
const IDLE_MARGIN_MS = 4;
/** Without requestIdleCallback (Safari), each slice runs for about this long. */
const SLICE_MS = 8;

/**
 * Runs `work` in the page's next idle period, with a test of whether there is time left for more;
 * returns how to cancel it. Safari has no requestIdleCallback: there it is a short timed slice.
 */
function whenIdle(work: (more: () => boolean) => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > IDLE_MARGIN_MS), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => {
    const started = performance.now();
    work(() => performance.now() - started < SLICE_MS);
  }, 50);
  return () => clearTimeout(timer);
}

/**
 * The scorer's patterns compile on first use; pay that while the leader reads, not on the first
 * keystroke, and in slices of idle time, so no single stop is long enough to hold up a reply streaming in.
 */
function warmUpWhenIdle(): () => void {
  const run = (warmUp ??= createWarmUp());
  let cancel: () => void = () => undefined;
  const slice = (more: () => boolean) => {
    if (!run.run(more)) cancel = whenIdle(slice);
  };
  if (!run.done) cancel = whenIdle(slice);
  return () => cancel();
}

/**
 * While the leader types, the same rubric the server uses reads the draft in the browser, sentence
 * by sentence as they change.
 * It cannot see the persona's hidden idea, so the server's reading of the sent reply may differ.
 */
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
