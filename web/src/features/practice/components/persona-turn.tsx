import { memo } from 'react';
import type { Turn } from '../../../types/api';

export const PersonaTurn = memo(function PersonaTurn({ turn, name }: { turn: Turn; name: string }) {
  return (
    <li className="turn turn-persona" id={`turn-${turn.index}`}>
      <span className="speaker">{name}</span>
      <div className="bubble bubble-persona">
        {turn.text}
        {turn.interrupted && <span className="interrupted"> (reply interrupted)</span>}
      </div>
    </li>
  );
});
