import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { ReplyScore, Scorecard } from '@core/rubric/types';
import type { JudgeChange, SessionSource } from '@core/transcript/wire';
import { labelOverrides, practiceSessions, replacedTurns, sessionReviews, turnComments, turns } from '@db/schema';
import { asAsync, type AsyncRepo } from './async-repo';
import { earlierVersionRows, fileAnnotationRows, turnIdLookup, type FileAnnotations } from './imported-annotations';
import type { Db } from './open-database';

// Imported sessions are written whole, in one transaction: a failure leaves nothing behind.

export interface ImportedSessionRow {
  id: string;
  userId: string;
  title: string;
  scenarioId: string | null;
  leaderName: string;
  source: SessionSource;
  status: 'open' | 'ended';
  feedbackEnabled: boolean;
  scorecard: Scorecard | null;
  debrief: string | null;
  /** Kept from an Askwell file so a round trip is identical; now otherwise. */
  createdAt?: string;
  endedAt: string | null;
}

export interface ImportedTurnRow {
  index: number;
  speaker: 'leader' | 'persona';
  speakerName: string | null;
  start: number | null;
  end: number | null;
  text: string;
  score: ReplyScore | null;
  judgeChanges: JudgeChange[];
  feedback: string | null;
  interrupted: boolean;
  createdAt?: string;
  /**
   * Persona turns restored from a file: the outcome the scorecard reads. Stored as a partial persona
   * state holding only that (no facts revealed are known), which is all an imported session reads.
   */
  outcome?: { ideaSurfaced: boolean; nextStepOwner: 'persona' | 'leader' | 'nobody' } | null;
}

/** A branch restored from a session file, forked from the session (`parentFileId` null) or from a branch before it. */
export interface ImportedBranch {
  fileId: string;
  parentFileId: string | null;
  forkTurnIndex: number;
  session: Omit<ImportedSessionRow, 'id' | 'userId'>;
  /** Its whole transcript: the turns it shares with its parent, then its own. */
  turns: ImportedTurnRow[];
  annotations: FileAnnotations;
}

export type Fork = { parentId: string; forkTurnIndex: number; forkTurnId: number };

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function createImportsRepoSync(db: Db) {
  // Up to 20,000 turns per import: one prepared statement, not 20,000 built queries. JSON columns
  // are serialised here (drizzle's encoder would store a JSON "null" for an absent value).
  const insertTurn = db
    .insert(turns)
    .values({
      sessionId: sql.placeholder('sessionId'),
      index: sql.placeholder('index'),
      speaker: sql.placeholder('speaker'),
      speakerName: sql.placeholder('speakerName'),
      startS: sql.placeholder('start'),
      endS: sql.placeholder('end'),
      text: sql.placeholder('text'),
      score: sql`${sql.placeholder('score')}`,
      judgeChanges: sql`${sql.placeholder('judgeChanges')}`,
      feedback: sql.placeholder('feedback'),
      interrupted: sql.placeholder('interrupted'),
      state: sql`${sql.placeholder('state')}`,
      createdAt: sql`coalesce(${sql.placeholder('createdAt')}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
    })
    .prepare();
  type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
  /** One session row, its turns and its coaching record; returns its turn ids by index. */
  function insertOne(tx: Tx, session: ImportedSessionRow, rows: readonly ImportedTurnRow[], annotations?: FileAnnotations, fork?: Fork): Map<number, number> {
    tx.insert(practiceSessions)
      .values({ ...session, ...fork, kind: 'imported', scenarioId: session.scenarioId ?? '', scorecard: session.scorecard ?? undefined })
      .run();
    for (const t of rows) {
      insertTurn.run({
        sessionId: session.id,
        index: t.index,
        speaker: t.speaker,
        speakerName: t.speakerName,
        start: t.start,
        end: t.end,
        text: t.text,
        score: json(t.score),
        judgeChanges: t.judgeChanges.length ? json(t.judgeChanges) : null,
        feedback: t.feedback,
        interrupted: t.interrupted ? 1 : 0,
        createdAt: t.createdAt ?? null,
        state: t.outcome ? json({ factsRevealed: [], ...t.outcome }) : null,
      });
    }
    // One read of the new turns' ids, not one per comment version, override and branch.
    const ids = new Map(tx.select({ id: turns.id, index: turns.index }).from(turns).where(eq(turns.sessionId, session.id)).all().map((t) => [t.index, t.id]));
    if (annotations) {
      const versionIds = new Map<string, number>();
      for (const [key, row] of earlierVersionRows(session.id, annotations))
        versionIds.set(key, tx.insert(replacedTurns).values(row).returning({ id: replacedTurns.id }).get().id);
      const made = fileAnnotationRows(session.id, turnIdLookup(ids), annotations, versionIds);
      for (const row of made.comments) tx.insert(turnComments).values(row).run();
      for (const row of made.overrides) tx.insert(labelOverrides).values(row).run();
      for (const row of made.reviews) tx.insert(sessionReviews).values(row).run();
    }
    return ids;
  }

  return {
    /**
     * A session with its branches (parents first, as the file checked them), all owned by
     * `session.userId`, in one transaction: a failure anywhere leaves nothing behind.
     */
    insert(session: ImportedSessionRow, rows: readonly ImportedTurnRow[], annotations?: FileAnnotations, branches: readonly ImportedBranch[] = []): void {
      db.transaction((tx) => {
        const rootIds = insertOne(tx, session, rows, annotations);
        // Each branch points at the new rows: its parent's new id, and the fork turn's new row id.
        const made = new Map<string | null, { id: string; turnIds: Map<number, number> }>([[null, { id: session.id, turnIds: rootIds }]]);
        for (const b of branches) {
          const fork = branchFork(made, b);
          const id = randomUUID();
          made.set(b.fileId, { id, turnIds: insertOne(tx, { ...b.session, id, userId: session.userId }, b.turns, b.annotations, fork) });
        }
      });
    },
  };
}
export type ImportsRepo = AsyncRepo<ReturnType<typeof createImportsRepoSync>>;

export const createImportsRepo = (db: Db): ImportsRepo => asAsync(createImportsRepoSync(db));

/** Each branch's parent and fork turn among the rows already written; a missing one is the file's error. */
export function branchFork(made: ReadonlyMap<string | null, { id: string; turnIds: Map<number, number> }>, b: ImportedBranch): Fork {
  const parent = made.get(b.parentFileId);
  const forkTurnId = parent?.turnIds.get(b.forkTurnIndex);
  if (!parent || forkTurnId === undefined) throw new Error(`Branch ${b.fileId} forks from a turn its parent does not have.`);
  return { parentId: parent.id, forkTurnIndex: b.forkTurnIndex, forkTurnId };
}
