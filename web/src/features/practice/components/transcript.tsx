import { memo } from 'react';
import type { Turn } from '@web/types/api';
import { LeaderTurn } from './leader-turn';
import { PersonaTurn } from './persona-turn';

/** Re-renders only when a turn is added or changed; streaming tokens never reach it. */
export const Transcript = memo(function Transcript({ turns, personaName }: { turns: Turn[]; personaName: string }) {
  return (
    <ol className="transcript" aria-label="Conversation">
      {turns.map((t) =>
        t.speaker === 'leader' ? <LeaderTurn key={t.index} turn={t} /> : <PersonaTurn key={t.index} turn={t} name={personaName} />,
      )}
    </ol>
  );
});
