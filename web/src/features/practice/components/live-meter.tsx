import { useDeferredValue, useMemo } from 'react';
import { scoreReply } from '../../../../../core/rubric/score-reply';
import { FAMILY_LABEL } from './labels';

/**
 * While the leader types, the same rubric the server uses reads the draft in the browser.
 * It cannot see the persona's hidden idea, so the server's reading of the sent reply may differ.
 */
export function LiveMeter({ draft, previousTurn }: { draft: string; previousTurn: string | undefined }) {
  const deferred = useDeferredValue(draft.trim());
  const score = useMemo(() => (deferred ? scoreReply(deferred, { previousTurn }) : null), [deferred, previousTurn]);
  if (!score) return null;
  const { family, delegation } = score;
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
    </span>
  );
}
