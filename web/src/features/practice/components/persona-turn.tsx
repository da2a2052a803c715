import { memo, type ReactNode } from 'react';
import { TurnCutMark } from '@web/components/turn-cut-mark';
import type { Turn } from '@web/types/api';
import { TurnTime } from './turn-time';

export const PersonaTurn = memo(function PersonaTurn({ turn, name, actions }: { turn: Turn; name: string; actions?: ReactNode }) {
  return (
    <li className="turn turn-persona" id={`turn-${turn.index}`}>
      <span className="speaker">{turn.speakerName ?? name}<TurnTime turn={turn} /></span>
      <div className="bubble bubble-persona">
        {turn.text}
        <TurnCutMark turn={turn} />
      </div>
      {actions && <div className="turn-actions">{actions}</div>}
    </li>
  );
});
