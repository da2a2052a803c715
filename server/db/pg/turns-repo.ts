import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { ReplacedTurnRow, TurnRow } from '@db/schema';
import { labelOverrides, replacedTurns, turnComments, turns } from '@db/schema.pg';
import { toReplacedRow, toReplacedTurn, toStoredTurn, type NewTurn, type TurnsRepo } from '../turns-repo';
import { isUniqueViolation } from '../unique-violation';
import type { PgDb } from './open-pg';

const APPEND_ATTEMPTS = 5;

/** A new turn's column values after session_id and idx, in the INSERT's column order. */
const turnValues = (turn: NewTurn) => [
  sql`${turn.speaker}`,
  sql`${turn.text}`,
  sql`${turn.score ? JSON.stringify(turn.score) : null}::jsonb`,
  sql`${turn.state ? JSON.stringify(turn.state) : null}::jsonb`,
  sql`${turn.interrupted ?? false}`,
  sql`${turn.stopped ?? false}`,
];

/** The stored turn from an inserted row (what the INSERT returned, and what was written). */
const fromInserted = (sessionId: string, turn: NewTurn, row: Record<string, unknown>) =>
  toStoredTurn({
    id: row.id as number,
    sessionId,
    index: row.idx as number,
    speaker: turn.speaker,
    text: turn.text,
    score: row.score ?? null,
    judgeChanges: null,
    feedback: null,
    state: row.state ?? null,
    interrupted: row.interrupted as boolean,
    stopped: row.stopped as boolean,
    createdAt: row.created_at as string,
    speakerName: null,
    startS: null,
    endS: null,
  } as TurnRow);

export function createPgTurnsRepo(db: PgDb): TurnsRepo {
  const where = (sessionId: string, index: number) => and(eq(turns.sessionId, sessionId), eq(turns.index, index));
  // The turn loop reads and writes these on every reply: prepared once.
  const listStatement = db.select().from(turns).where(eq(turns.sessionId, sql.placeholder('sessionId'))).orderBy(asc(turns.index)).prepare('turns_list');
  const setFeedbackStatement = db
    .update(turns)
    .set({ feedback: sql`${sql.placeholder('feedback')}` })
    .where(and(eq(turns.sessionId, sql.placeholder('sessionId')), eq(turns.index, sql.placeholder('index'))))
    .prepare('turns_set_feedback');
  return {
    list: async (sessionId) => (await listStatement.execute({ sessionId })).map((row) => toStoredTurn(row as TurnRow)),
    async append(sessionId, turn) {
      // Several nodes may write one session (the turn claim keeps that rare, not impossible): the next
      // index is computed inside the INSERT, and the unique (session_id, idx) index turns a race into a
      // retry instead of a duplicate or a gap.
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await db.execute<Record<string, unknown>>(sql`
            insert into turns (session_id, idx, speaker, text, score, state, interrupted, stopped)
            select ${sessionId}, coalesce(max(idx), -1) + 1, ${sql.join(turnValues(turn), sql`, `)}
            from turns where session_id = ${sessionId}
            returning *`);
          return fromInserted(sessionId, turn, result.rows[0]);
        } catch (err) {
          if (!isUniqueViolation(err) || attempt >= APPEND_ATTEMPTS) throw err;
        }
      }
    },
    async appendReply(sessionId, index, turn) {
      try {
        const result = await db.execute<Record<string, unknown>>(sql`
          insert into turns (session_id, idx, speaker, text, score, state, interrupted, stopped)
          select ${sessionId}, ${index}, ${sql.join(turnValues(turn), sql`, `)}
          where (select coalesce(max(idx), -1) + 1 from turns where session_id = ${sessionId}) = ${index}
            and exists (select 1 from practice_sessions where id = ${sessionId} and status = 'open')
          returning *`);
        return result.rows[0] && fromInserted(sessionId, turn, result.rows[0]);
      } catch (err) {
        // Another writer took the index meanwhile: the transcript is no longer the one read.
        if (isUniqueViolation(err)) return undefined;
        throw err;
      }
    },
    async setScore(sessionId, index, score, judgeChanges) {
      await db.update(turns).set({ score, judgeChanges: judgeChanges?.length ? judgeChanges : null }).where(where(sessionId, index));
    },
    async setFeedback(sessionId, index, feedback) {
      await setFeedbackStatement.execute({ sessionId, index, feedback });
    },
    async deleteTurn(sessionId, index) {
      await db.delete(turns).where(where(sessionId, index));
    },
    idOf: async (sessionId, index) => (await db.select({ id: turns.id }).from(turns).where(where(sessionId, index)))[0]?.id,
    async replaceFrom(sessionId, fromIndex, reason) {
      await db.transaction(async (tx) => {
        const from = and(eq(turns.sessionId, sessionId), gte(turns.index, fromIndex));
        // Locked until the transaction ends: a concurrent replace waits, then finds nothing left to move.
        const rows = await tx.select().from(turns).where(from).orderBy(asc(turns.index)).for('update');
        if (rows.length === 0) return;
        const written = await tx
          .insert(replacedTurns)
          .values(rows.map((r) => toReplacedRow(sessionId, reason, r as TurnRow)))
          .returning({ id: replacedTurns.id, index: replacedTurns.index });
        const historyIdAt = new Map(written.map((w) => [w.index, w.id]));
        // Annotations move to the version in history before the delete would cascade them away.
        for (const r of rows)
          for (const table of [turnComments, labelOverrides])
            await tx.update(table).set({ turnId: null, replacedTurnId: historyIdAt.get(r.index)! }).where(eq(table.turnId, r.id));
        await tx.delete(turns).where(from);
      });
    },
    listReplaced: async (sessionId) =>
      (await db.select().from(replacedTurns).where(eq(replacedTurns.sessionId, sessionId)).orderBy(asc(replacedTurns.id))).map((row) =>
        toReplacedTurn(row as ReplacedTurnRow),
      ),
  };
}

/** Copies a session's turns up to and including `lastIndex` into another session (a branch), states and all. */
export async function copyPgTurnsUpTo(tx: Pick<PgDb, 'select' | 'insert'>, fromSessionId: string, toSessionId: string, lastIndex: number): Promise<void> {
  const rows = await tx.select().from(turns).where(and(eq(turns.sessionId, fromSessionId), lte(turns.index, lastIndex))).orderBy(asc(turns.index));
  if (rows.length > 0) await tx.insert(turns).values(rows.map(({ id: _id, ...row }) => ({ ...row, sessionId: toSessionId })));
}
