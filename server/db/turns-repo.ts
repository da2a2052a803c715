import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { ReplyScore } from '@core/rubric/types';
import type { PersonaState } from '@core/simulator/types';
import { turns, type TurnRow } from '@db/schema';
import type { JudgeChange, Turn } from '@core/transcript/wire';
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
  ...(row.speakerName !== null ? { speakerName: row.speakerName } : {}),
  ...(row.startS !== null ? { start: row.startS } : {}),
  ...(row.endS !== null ? { end: row.endS } : {}),
  ...(row.score ? { score: row.score as ReplyScore } : {}),
  ...(row.judgeChanges ? { judgeChanges: row.judgeChanges as JudgeChange[] } : {}),
  ...(row.feedback !== null ? { feedback: row.feedback } : {}),
  ...(row.state ? { state: row.state as PersonaState } : {}),
  ...(row.interrupted ? { interrupted: true } : {}),
});

export interface NewTurn {
  speaker: TurnRow['speaker'];
  text: string;
  score?: ReplyScore;
  state?: PersonaState;
  interrupted?: boolean;
}

export interface TurnsRepo {
  list(sessionId: string): Promise<StoredTurn[]>;
  /** Appends a turn at the next index, atomically; never leaves a gap or reuses an index. */
  append(sessionId: string, turn: NewTurn): Promise<StoredTurn>;
  setScore(sessionId: string, index: number, score: ReplyScore, judgeChanges?: JudgeChange[]): Promise<void>;
  setFeedback(sessionId: string, index: number, feedback: string): Promise<void>;
  /** Removes an interrupted persona turn before it is regenerated. */
  deleteTurn(sessionId: string, index: number): Promise<void>;
}

export function createTurnsRepo(db: Db): TurnsRepo {
  const where = (sessionId: string, index: number) => and(eq(turns.sessionId, sessionId), eq(turns.index, index));
  // The turn loop runs these on every reply before the first persona token: prepared once, they skip
  // drizzle's per-call SQL building.
  const bySession = eq(turns.sessionId, sql.placeholder('sessionId'));
  const listStatement = db.select().from(turns).where(bySession).orderBy(asc(turns.index)).prepare();
  const lastIndexStatement = db.select({ value: max(turns.index) }).from(turns).where(bySession).prepare();
  const insertStatement = db
    .insert(turns)
    .values({
      sessionId: sql.placeholder('sessionId'),
      index: sql.placeholder('index'),
      speaker: sql.placeholder('speaker'),
      text: sql.placeholder('text'),
      // Wrapped so drizzle's JSON encoder (which would store a JSON "null") is bypassed: the
      // values are serialised below, and an absent one is SQL NULL.
      score: sql`${sql.placeholder('score')}`,
      state: sql`${sql.placeholder('state')}`,
      interrupted: sql.placeholder('interrupted'),
    })
    .returning()
    .prepare();
  // better-sqlite3's own transaction: synchronous, and far cheaper per call than drizzle's wrapper.
  // max(idx)+1 is safe here because one process writes the file; PostgreSQL relies on the unique index.
  const appendInTransaction = db.$client.transaction(
    (turn: NewTurn & { sessionId: string }) => {
      const last = lastIndexStatement.get({ sessionId: turn.sessionId });
      return insertStatement.get({
        sessionId: turn.sessionId,
        index: (last?.value ?? -1) + 1,
        speaker: turn.speaker,
        text: turn.text,
        score: turn.score ? JSON.stringify(turn.score) : null,
        state: turn.state ? JSON.stringify(turn.state) : null,
        interrupted: turn.interrupted ?? false,
      }) as TurnRow;
    },
  );
  return {
    list: async (sessionId) => listStatement.all({ sessionId }).map(toStoredTurn),
    append: async (sessionId, turn) => toStoredTurn(appendInTransaction({ sessionId, ...turn })),
    async setScore(sessionId, index, score, judgeChanges) {
      db.update(turns).set({ score, judgeChanges: judgeChanges?.length ? judgeChanges : null }).where(where(sessionId, index)).run();
    },
    async setFeedback(sessionId, index, feedback) {
      db.update(turns).set({ feedback }).where(where(sessionId, index)).run();
    },
    async deleteTurn(sessionId, index) {
      db.delete(turns).where(where(sessionId, index)).run();
    },
  };
}
