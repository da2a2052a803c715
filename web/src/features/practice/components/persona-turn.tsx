import { memo } from 'react';
import type { Turn } from '@web/types/api';
import { TurnTime } from './turn-time';

export const PersonaTurn = memo(function PersonaTurn({ turn, name }: { turn: Turn; name: string }) {
  return (
    <li className="turn turn-persona" id={`turn-${turn.index}`}>
      <span className="speaker">{turn.speakerName ?? name}<TurnTime turn={turn} /></span>
      <div className="bubble bubble-persona">
        {turn.text}
        {turn.interrupted && <span className="interrupted"> (reply interrupted)</span>}
      </div>
    </li>
  );
});
