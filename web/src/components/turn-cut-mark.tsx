import type { Turn } from '@web/types/api';

/** After a persona reply that did not finish: "(stopped)" by the leader, or "(reply interrupted)" otherwise. */
export function TurnCutMark({ turn }: { turn: Pick<Turn, 'stopped' | 'interrupted'> }) {
  if (turn.stopped) return <span className="interrupted"> (stopped)</span>;
  if (turn.interrupted) return <span className="interrupted"> (reply interrupted)</span>;
  return null;
}
