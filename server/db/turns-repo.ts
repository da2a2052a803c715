import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { ReplyScore } from '../../core/rubric/types';
import type { PersonaState } from '../../core/simulator/types';
import { turns, type TurnRow } from '../../db/schema';
import type { JudgeChange, Turn } from '../../core/transcript/wire';
import type { Db } from './open-database';

/** A stored turn: the API's `Turn` plus the persona state kept on the server. */
export interface StoredTurn extends Turn {
  state?: PersonaState;
}

export const toStoredTurn = (row: TurnRow): StoredTurn => ({
  index: row.index,
  speaker: row.speaker,
  text: row.text,
  createdAt: row.createdAt,
  ...(row.score ? { score: row.score as ReplyScore } : {}),
  ...(row.judgeChanges ? { judgeChanges: row.judgeChanges as JudgeChange[] } : {}),
  ...(row.feedback !== null ? { feedback: row.feedback } : {}),
  ...(row.state ? { state: row.state as PersonaState } : {}),
  ...(row.interrupted ? { interrupted: true } : {}),
});

export function createTurnsRepo(db: Db) {
  const where = (sessionId: string, index: number) => and(eq(turns.sessionId, sessionId), eq(turns.index, index));
  // The turn loop runs these on every reply before the first persona token: prepared once, they skip
  // drizzle's per-call SQL building.
  const bySession = eq(turns.sessionId, sql.placeholder('sessionId'));
  const listStatement = db.select().from(turns).where(bySession).orderBy(asc(turns.index)).prepare();
  const lastIndexStatement = db.select({ value: max(turns.index) }).from(turns).where(bySession).prepare();
  return {
    list: (sessionId: string): StoredTurn[] => listStatement.all({ sessionId }).map(toStoredTurn),
    /** Appends a turn at the next index, atomically. */
    append(
      sessionId: string,
      turn: { speaker: TurnRow['speaker']; text: string; score?: ReplyScore; state?: PersonaState; interrupted?: boolean },
    ): StoredTurn {
      return db.transaction((tx) => {
        const last = lastIndexStatement.get({ sessionId });
        const row = tx
          .insert(turns)
          .values({ sessionId, index: (last?.value ?? -1) + 1, ...turn })
          .returning()
          .get();
        return toStoredTurn(row);
      });
    },
    setScore: (sessionId: string, index: number, score: ReplyScore, judgeChanges?: JudgeChange[]) =>
      db.update(turns).set({ score, judgeChanges: judgeChanges?.length ? judgeChanges : null }).where(where(sessionId, index)).run(),
    setFeedback: (sessionId: string, index: number, feedback: string) =>
      db.update(turns).set({ feedback }).where(where(sessionId, index)).run(),
    /** Removes an interrupted persona turn before it is regenerated. */
    deleteTurn: (sessionId: string, index: number) => db.delete(turns).where(where(sessionId, index)).run(),
  };
}
export type TurnsRepo = ReturnType<typeof createTurnsRepo>;
