import { and, asc, eq, sql } from 'drizzle-orm';
import type { TurnRow } from '@db/schema';
import { turns } from '@db/schema.pg';
import { toStoredTurn, type TurnsRepo } from '../turns-repo';
import type { PgDb } from './open-pg';

const UNIQUE_VIOLATION = '23505';
const APPEND_ATTEMPTS = 5;

const isUniqueViolation = (err: unknown): boolean => {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === UNIQUE_VIOLATION) return true;
  return false;
};

export function createPgTurnsRepo(db: PgDb): TurnsRepo {
  const where = (sessionId: string, index: number) => and(eq(turns.sessionId, sessionId), eq(turns.index, index));
  return {
    list: async (sessionId) =>
      (await db.select().from(turns).where(eq(turns.sessionId, sessionId)).orderBy(asc(turns.index))).map((row) => toStoredTurn(row as TurnRow)),
    async append(sessionId, turn) {
      // Several nodes may write one session (the turn claim keeps that rare, not impossible): the next
      // index is computed inside the INSERT, and the unique (session_id, idx) index turns a race into a
      // retry instead of a duplicate or a gap.
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await db.execute<Record<string, unknown>>(sql`
            insert into turns (session_id, idx, speaker, text, score, state, interrupted)
            select ${sessionId}, coalesce(max(idx), -1) + 1, ${turn.speaker}, ${turn.text},
                   ${turn.score ? JSON.stringify(turn.score) : null}::jsonb, ${turn.state ? JSON.stringify(turn.state) : null}::jsonb,
                   ${turn.interrupted ?? false}
            from turns where session_id = ${sessionId}
            returning *`);
          const row = result.rows[0];
          return toStoredTurn({
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
            createdAt: row.created_at as string,
            speakerName: null,
            startS: null,
            endS: null,
          });
        } catch (err) {
          if (!isUniqueViolation(err) || attempt >= APPEND_ATTEMPTS) throw err;
        }
      }
    },
    async setScore(sessionId, index, score, judgeChanges) {
      await db.update(turns).set({ score, judgeChanges: judgeChanges?.length ? judgeChanges : null }).where(where(sessionId, index));
    },
    async setFeedback(sessionId, index, feedback) {
      await db.update(turns).set({ feedback }).where(where(sessionId, index));
    },
    async deleteTurn(sessionId, index) {
      await db.delete(turns).where(where(sessionId, index));
    },
  };
}
