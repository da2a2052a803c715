import { memo, type ReactNode } from 'react';
import type { Turn } from '@web/types/api';
import { TurnTime } from './turn-time';

export const PersonaTurn = memo(function PersonaTurn({ turn, name, actions }: { turn: Turn; name: string; actions?: ReactNode }) {
  return (
    <li className="turn turn-persona" id={`turn-${turn.index}`}>
      <span className="speaker">{turn.speakerName ?? name}<TurnTime turn={turn} /></span>
      <div className="bubble bubble-persona">
        {turn.text}
        {turn.stopped ? <span className="interrupted"> (stopped)</span> : turn.interrupted && <span className="interrupted"> (reply interrupted)</span>}
      </div>
      {actions && <div className="turn-actions">{actions}</div>}
    </li>
  );
});
