import { and, asc, eq, gte, lte, max, sql } from 'drizzle-orm';
import type { ReplyScore } from '@core/rubric/types';
import type { PersonaState } from '@core/simulator/types';
import { labelOverrides, practiceSessions, replacedTurns, turnComments, turns, type ReplacedTurnRow, type TurnRow } from '@db/schema';
import type { JudgeChange, ReplacedTurn, Turn } from '@core/transcript/wire';
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
  ...(row.stopped ? { stopped: true } : {}),
});

export const toReplacedTurn = (row: ReplacedTurnRow): ReplacedTurn => ({
  index: row.index,
  speaker: row.speaker,
  text: row.text,
  createdAt: row.createdAt,
  replacedAt: row.replacedAt,
  reason: row.reason,
  ...(row.score ? { score: row.score as ReplyScore } : {}),
  ...(row.interrupted ? { interrupted: true } : {}),
  ...(row.stopped ? { stopped: true } : {}),
});

export interface NewTurn {
  speaker: TurnRow['speaker'];
  text: string;
  score?: ReplyScore;
  state?: PersonaState;
  interrupted?: boolean;
  stopped?: boolean;
}

export type ReplacedReason = ReplacedTurnRow['reason'];

export interface TurnsRepo {
  list(sessionId: string): Promise<StoredTurn[]>;
  /** Appends a turn at the next index, atomically; never leaves a gap or reuses an index. */
  append(sessionId: string, turn: NewTurn): Promise<StoredTurn>;
  /**
   * Appends a leader's reply at `index` only while the transcript still ends just before it and the
   * session is open; undefined otherwise. Lets a turn read the transcript beside taking its claim
   * (one round trip fewer on PostgreSQL) and still never write on a transcript it did not see.
   */
  appendReply(sessionId: string, index: number, turn: NewTurn): Promise<StoredTurn | undefined>;
  setScore(sessionId: string, index: number, score: ReplyScore, judgeChanges?: JudgeChange[]): Promise<void>;
  setFeedback(sessionId: string, index: number, feedback: string): Promise<void>;
  /** Removes an interrupted persona turn before it is regenerated. */
  deleteTurn(sessionId: string, index: number): Promise<void>;
  /** A turn's row id, the stable handle for anything that points at it (indexes move when turns are replaced). */
  idOf(sessionId: string, index: number): Promise<number | undefined>;
  /**
   * Moves the turns from `fromIndex` on into the history (edit-and-resend, regenerate), in one
   * transaction. Coaches' comments and overrides on a moved turn move with it to its version in
   * history: deleting the turn would otherwise take them along.
   */
  replaceFrom(sessionId: string, fromIndex: number, reason: ReplacedReason): Promise<void>;
  listReplaced(sessionId: string): Promise<ReplacedTurn[]>;
}

/** The history row a replaced turn becomes. */
export const toReplacedRow = (sessionId: string, reason: ReplacedReason, r: Pick<TurnRow, 'index' | 'speaker' | 'text' | 'score' | 'feedback' | 'interrupted' | 'stopped' | 'createdAt'>) => ({
  sessionId,
  index: r.index,
  speaker: r.speaker,
  text: r.text,
  score: r.score,
  feedback: r.feedback,
  interrupted: r.interrupted,
  stopped: r.stopped,
  reason,
  createdAt: r.createdAt,
});

/** Copies a session's turns up to and including `lastIndex` into another session (a branch), states and all; inside the caller's transaction. */
export function copyTurnsUpTo(tx: Pick<Db, 'select' | 'insert'>, fromSessionId: string, toSessionId: string, lastIndex: number): void {
  const rows = tx.select().from(turns).where(and(eq(turns.sessionId, fromSessionId), lte(turns.index, lastIndex))).orderBy(asc(turns.index)).all();
  if (rows.length > 0) tx.insert(turns).values(rows.map(({ id: _id, ...row }) => ({ ...row, sessionId: toSessionId }))).run();
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
      stopped: sql.placeholder('stopped'),
    })
    .returning()
    .prepare();
  // better-sqlite3's own transaction: synchronous, and far cheaper per call than drizzle's wrapper.
  // max(idx)+1 is safe here because one process writes the file; PostgreSQL relies on the unique index.
  const insertAt = (index: number, turn: NewTurn & { sessionId: string }) =>
    insertStatement.get({
      sessionId: turn.sessionId,
      index,
      speaker: turn.speaker,
      text: turn.text,
      score: turn.score ? JSON.stringify(turn.score) : null,
      state: turn.state ? JSON.stringify(turn.state) : null,
      interrupted: turn.interrupted ?? false,
      stopped: turn.stopped ?? false,
    }) as TurnRow;
  const nextIndex = (sessionId: string) => (lastIndexStatement.get({ sessionId })?.value ?? -1) + 1;
  const appendInTransaction = db.$client.transaction((turn: NewTurn & { sessionId: string }) => insertAt(nextIndex(turn.sessionId), turn));
  const sessionStatusStatement = db
    .select({ status: practiceSessions.status })
    .from(practiceSessions)
    .where(eq(practiceSessions.id, sql.placeholder('sessionId')))
    .prepare();
  const appendReplyInTransaction = db.$client.transaction((index: number, turn: NewTurn & { sessionId: string }) => {
    const session = sessionStatusStatement.get({ sessionId: turn.sessionId });
    if (nextIndex(turn.sessionId) !== index || session?.status !== 'open') return undefined;
    return insertAt(index, turn);
  });
  const byIndex = and(eq(turns.sessionId, sql.placeholder('sessionId')), eq(turns.index, sql.placeholder('index')));
  const setFeedbackStatement = db.update(turns).set({ feedback: sql`${sql.placeholder('feedback')}` }).where(byIndex).prepare();
  return {
    list: async (sessionId) => listStatement.all({ sessionId }).map(toStoredTurn),
    append: async (sessionId, turn) => toStoredTurn(appendInTransaction({ sessionId, ...turn })),
    async appendReply(sessionId, index, turn) {
      const row = appendReplyInTransaction(index, { sessionId, ...turn });
      return row && toStoredTurn(row);
    },
    async setScore(sessionId, index, score, judgeChanges) {
      db.update(turns).set({ score, judgeChanges: judgeChanges?.length ? judgeChanges : null }).where(where(sessionId, index)).run();
    },
    async setFeedback(sessionId, index, feedback) {
      setFeedbackStatement.run({ sessionId, index, feedback });
    },
    async deleteTurn(sessionId, index) {
      db.delete(turns).where(where(sessionId, index)).run();
    },
    idOf: async (sessionId, index) => db.select({ id: turns.id }).from(turns).where(where(sessionId, index)).get()?.id,
    async replaceFrom(sessionId, fromIndex, reason) {
      db.transaction((tx) => {
        const from = and(eq(turns.sessionId, sessionId), gte(turns.index, fromIndex));
        for (const r of tx.select().from(turns).where(from).all()) {
          const { id } = tx.insert(replacedTurns).values(toReplacedRow(sessionId, reason, r)).returning({ id: replacedTurns.id }).get();
          for (const table of [turnComments, labelOverrides]) tx.update(table).set({ turnId: null, replacedTurnId: id }).where(eq(table.turnId, r.id)).run();
        }
        tx.delete(turns).where(from).run();
      });
    },
    listReplaced: async (sessionId) =>
      db.select().from(replacedTurns).where(eq(replacedTurns.sessionId, sessionId)).orderBy(asc(replacedTurns.id)).all().map(toReplacedTurn),
  };
}
