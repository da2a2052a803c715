import { randomUUID } from 'node:crypto';
import type { ExportedEarlierVersion, SessionExport } from '@core/transcript/export-schema';
import { labelOverrides, replacedTurns, sessionReviews, turnComments } from '@db/schema';
import type { Db } from './open-database';

// A session file's coaching record, written next to its turns (in the importer's transaction).
// Every row gets a new id; the file's local ids only link rows to each other. Authors keep the name
// and role the file recorded, with no user id: a file can never make a comment, override or review
// look like the work of a real account here, nor count in anyone's review queue or calibration.

export type FileAnnotations = Pick<SessionExport, 'comments' | 'overrides' | 'reviews'>;

type Tx = Pick<Db, 'insert'>;

export function insertFileAnnotations(tx: Tx, sessionId: string, turnIdAt: (index: number) => number, file: FileAnnotations): void {
  // Annotations on a reply the leader edited and resent are restored on that earlier version, kept in
  // the session's history as it was in the original: one history row per version, however many point at it.
  const versions = new Map<string, number>();
  const earlierVersionId = (index: number, v: ExportedEarlierVersion) => {
    const key = `${index}\u0000${v.createdAt}\u0000${v.text}`;
    if (!versions.has(key)) {
      const row = { sessionId, index, speaker: 'leader' as const, text: v.text, reason: 'edited' as const, createdAt: v.createdAt, replacedAt: v.replacedAt };
      versions.set(key, tx.insert(replacedTurns).values(row).returning({ id: replacedTurns.id }).get().id);
    }
    return versions.get(key)!;
  };
  const placeOf = (a: { turnIndex: number; earlierVersion?: ExportedEarlierVersion }) =>
    a.earlierVersion ? { turnId: null, replacedTurnId: earlierVersionId(a.turnIndex, a.earlierVersion) } : { turnId: turnIdAt(a.turnIndex), replacedTurnId: null };

  // The id of each comment's current version, known before any is written: a parent can come later.
  const commentIds = new Map(file.comments.map((c) => [c.id, randomUUID()]));
  for (const c of file.comments) {
    const base = {
      sessionId,
      ...placeOf(c),
      parentId: c.parentId === null ? null : commentIds.get(c.parentId)!,
      authorId: null,
      recordedAuthorName: c.author.name,
      recordedAuthorRole: c.author.role,
    };
    // The edit history: each earlier text is a superseded row the next version replaces.
    const edits = [...c.previous, { text: c.text, createdAt: c.createdAt }];
    let replaces: string | null = null;
    edits.forEach((v, i) => {
      const next = edits[i + 1];
      const id = next ? randomUUID() : commentIds.get(c.id)!;
      tx.insert(turnComments).values({ ...base, id, text: v.text, createdAt: v.createdAt, replaces, supersededAt: next ? next.createdAt : null }).run();
      replaces = id;
    });
  }

  const overrideIds = new Map(file.overrides.map((o) => [o.id, randomUUID()]));
  const replacedAt = new Map(file.overrides.flatMap((o) => (o.replaces === null ? [] : [[o.replaces, o.createdAt] as const])));
  for (const o of file.overrides) {
    tx.insert(labelOverrides)
      .values({
        id: overrideIds.get(o.id)!,
        sessionId,
        ...placeOf(o),
        target: o.target,
        moveIndex: o.moveIndex,
        fromValue: o.from,
        toValue: o.to,
        reason: o.reason,
        coachId: null,
        recordedCoachName: o.coach.name,
        replaces: o.replaces === null ? null : overrideIds.get(o.replaces)!,
        supersededAt: o.active ? null : (replacedAt.get(o.id) ?? o.createdAt),
        createdAt: o.createdAt,
      })
      .run();
  }

  for (const r of file.reviews ?? [])
    tx.insert(sessionReviews).values({ id: randomUUID(), sessionId, coachId: null, recordedCoachName: r.coach.name, summary: r.summary, createdAt: r.createdAt }).run();
}
