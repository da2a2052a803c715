import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { labelOverrides, practiceSessions, replacedTurns, sessionReviews, turnComments, turns } from '@db/schema.pg';
import { earlierVersionRows, fileAnnotationRows, turnIdLookup, type FileAnnotations } from '../imported-annotations';
import { branchFork, type Fork, type ImportedSessionRow, type ImportedTurnRow, type ImportsRepo } from '../imports-repo';
import type { PgDb } from './open-pg';

/** Rows per INSERT: 14 parameters a turn stays far below PostgreSQL's 65,535. */
const CHUNK = 1000;

const inChunks = <T>(rows: readonly T[]): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) chunks.push(rows.slice(start, start + CHUNK));
  return chunks;
};

type Tx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

/** One session row, its turns and its coaching record; returns its turn ids by index. */
async function insertOne(tx: Tx, session: ImportedSessionRow, rows: readonly ImportedTurnRow[], annotations?: FileAnnotations, fork?: Fork): Promise<Map<number, number>> {
  await tx
    .insert(practiceSessions)
    .values({ ...session, ...fork, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined });
  for (const chunk of inChunks(rows)) {
    await tx.insert(turns).values(
      chunk.map((t) => ({
        sessionId: session.id,
        index: t.index,
        speaker: t.speaker,
        speakerName: t.speakerName,
        startS: t.start,
        endS: t.end,
        text: t.text,
        score: t.score,
        judgeChanges: t.judgeChanges.length ? t.judgeChanges : null,
        feedback: t.feedback,
        interrupted: t.interrupted,
        state: t.outcome ? { factsRevealed: [], ...t.outcome } : null,
        ...(t.createdAt ? { createdAt: t.createdAt } : {}),
      })),
    );
  }
  const ids = new Map((await tx.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, session.id))).map((t) => [t.index, t.id]));
  if (annotations) {
    const versionIds = new Map<string, number>();
    for (const [key, row] of earlierVersionRows(session.id, annotations)) {
      const [written] = await tx.insert(replacedTurns).values(row).returning({ id: replacedTurns.id });
      versionIds.set(key, written.id);
    }
    const made = fileAnnotationRows(session.id, turnIdLookup(ids), annotations, versionIds);
    for (const chunk of inChunks(made.comments)) await tx.insert(turnComments).values(chunk);
    for (const chunk of inChunks(made.overrides)) await tx.insert(labelOverrides).values(chunk);
    for (const chunk of inChunks(made.reviews)) await tx.insert(sessionReviews).values(chunk);
  }
  return ids;
}

export function createPgImportsRepo(db: PgDb): ImportsRepo {
  return {
    async insert(session, rows, annotations, branches = []) {
      // One transaction: a failure anywhere leaves nothing behind.
      await db.transaction(async (tx) => {
        const made = new Map<string | null, { id: string; turnIds: Map<number, number> }>([[null, { id: session.id, turnIds: await insertOne(tx, session, rows, annotations) }]]);
        for (const b of branches) {
          const fork = branchFork(made, b);
          const id = randomUUID();
          made.set(b.fileId, { id, turnIds: await insertOne(tx, { ...b.session, id, userId: session.userId }, b.turns, b.annotations, fork) });
        }
      });
    },
  };
}
