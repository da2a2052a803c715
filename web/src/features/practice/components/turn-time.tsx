import { formatClock } from '@core/transcript/timestamps';
import type { Turn } from '@web/types/api';

/** An imported turn's time in the recording, e.g. "12:05". */
export function TurnTime({ turn }: { turn: Turn }) {
  if (turn.start === undefined) return null;
  return <span className="turn-time"> · {formatClock(turn.start)}</span>;
}
