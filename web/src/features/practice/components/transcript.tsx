import { memo, type ReactNode } from 'react';
import { replyNumbers } from '@core/transcript/reply-numbers';
import type { Turn } from '@web/types/api';
import { LeaderTurn } from './leader-turn';
import { PersonaTurn } from './persona-turn';

interface TranscriptProps {
  turns: Turn[];
  personaName: string;
  /** Buttons under a leader reply (edit, try again from here); `latest`: the last reply of the session. */
  replyActions?(turn: Turn, reply: number, latest: boolean): ReactNode;
  /** Buttons under the persona's last turn (regenerate). */
  lastAnswerActions?(turn: Turn): ReactNode;
}

/** Re-renders only when a turn is added or changed; streaming tokens never reach it. */
export const Transcript = memo(function Transcript({ turns, personaName, replyActions, lastAnswerActions }: TranscriptProps) {
  const numbers = replyNumbers(turns);
  const lastReply = numbers.size;
  const last = turns.at(-1);
  return (
    <ol className="transcript" aria-label="Conversation">
      {turns.map((t) => {
        const reply = numbers.get(t.index);
        return t.speaker === 'leader' ? (
          <LeaderTurn key={t.index} turn={t} reply={reply!} actions={replyActions?.(t, reply!, reply === lastReply)} />
        ) : (
          <PersonaTurn key={t.index} turn={t} name={personaName} actions={t === last && lastReply > 0 ? lastAnswerActions?.(t) : undefined} />
        );
      })}
    </ol>
  );
});
