import { and, eq } from 'drizzle-orm';
import type { ReplyScore } from '@core/rubric/types';
import { replacedTurns, turns } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import type { Db } from './open-database';

// Annotations point at a turn's id (retry deletes and re-creates turns, so indexes are not stable
// references); the API speaks in turn indexes. This repo translates between the two.

export interface TurnRef {
  id: number;
  index: number;
  speaker: 'leader' | 'persona';
  score: ReplyScore | null;
}

/** A reply as it stood before an edit-and-resend replaced it: what annotations on it were about. */
export interface EarlierVersionRef {
  index: number;
  text: string;
  createdAt: string;
  replacedAt: string;
}

function createTurnRefsRepoSync(db: Db) {
  const columns = { id: turns.id, index: turns.index, speaker: turns.speaker, score: turns.score };
  return {
    atIndex: (sessionId: string, index: number): TurnRef | undefined =>
      db.select(columns).from(turns).where(and(eq(turns.sessionId, sessionId), eq(turns.index, index))).get() as TurnRef | undefined,
    /** turn id -> current index, for one session. */
    indexById(sessionId: string): Map<number, number> {
      const rows = db.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, sessionId)).all();
      return new Map(rows.map((r) => [r.id, r.index]));
    },
    /** replaced turn id -> that version, for one session. */
    earlierVersionsById(sessionId: string): Map<number, EarlierVersionRef> {
      const rows = db
        .select({ id: replacedTurns.id, index: replacedTurns.index, text: replacedTurns.text, createdAt: replacedTurns.createdAt, replacedAt: replacedTurns.replacedAt })
        .from(replacedTurns)
        .where(eq(replacedTurns.sessionId, sessionId))
        .all();
      return new Map(rows.map(({ id, ...version }) => [id, version]));
    },
  };
}

export type TurnRefsRepo = AsyncRepo<ReturnType<typeof createTurnRefsRepoSync>>;

export const createTurnRefsRepo = (db: Db): TurnRefsRepo => asAsync(createTurnRefsRepoSync(db));
