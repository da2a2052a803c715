import { and, eq } from 'drizzle-orm';
import { replacedTurns, turns } from '@db/schema.pg';
import type { TurnRef, TurnRefsRepo } from '../turn-refs-repo';
import type { PgDb } from './open-pg';

export function createPgTurnRefsRepo(db: PgDb): TurnRefsRepo {
  const columns = { id: turns.id, index: turns.index, speaker: turns.speaker, score: turns.score };
  return {
    atIndex: async (sessionId, index) =>
      (await db.select(columns).from(turns).where(and(eq(turns.sessionId, sessionId), eq(turns.index, index))))[0] as TurnRef | undefined,
    async indexById(sessionId) {
      const rows = await db.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, sessionId));
      return new Map(rows.map((r) => [r.id, r.index]));
    },
    async earlierVersionsById(sessionId) {
      const rows = await db
        .select({ id: replacedTurns.id, index: replacedTurns.index, text: replacedTurns.text, createdAt: replacedTurns.createdAt, replacedAt: replacedTurns.replacedAt })
        .from(replacedTurns)
        .where(eq(replacedTurns.sessionId, sessionId));
      return new Map(rows.map(({ id, ...version }) => [id, version]));
    },
  };
}
