import { randomUUID } from 'node:crypto';
import type { ExportedEarlierVersion, SessionExport } from '@core/transcript/export-schema';
import type { LabelOverrideRow, SessionReviewRow, TurnCommentRow } from '@db/schema';

// A session file's coaching record, as rows written next to its turns (in the importer's transaction, on either engine).
// Every row gets a new id; the file's local ids only link rows to each other. Authors keep the name
// and role the file recorded, with no user id: a file can never make a comment, override or review
// look like the work of a real account here, nor count in anyone's review queue or calibration.

export type FileAnnotations = Pick<SessionExport, 'comments' | 'overrides' | 'reviews'>;

export interface FileAnnotationRows {
  comments: TurnCommentRow[];
  overrides: LabelOverrideRow[];
  reviews: SessionReviewRow[];
}

/** A reply's version in history, as the importer writes it to replaced_turns. */
export interface EarlierVersionRow {
  sessionId: string;
  index: number;
  speaker: 'leader';
  text: string;
  reason: 'edited';
  createdAt: string;
  replacedAt: string;
}

type Annotation = { turnIndex: number; earlierVersion?: ExportedEarlierVersion };

const versionKey = (index: number, v: ExportedEarlierVersion) => `${index}\u0000${v.createdAt}\u0000${v.text}`;

/** Looks a file's turn index up among the new turns' ids; an index the file does not have is an error. */
export const turnIdLookup =
  (ids: ReadonlyMap<number, number>) =>
  (index: number): number => {
    const id = ids.get(index);
    if (id === undefined) throw new Error(`The file's annotations point at turn ${index}, which it does not have.`);
    return id;
  };

/**
 * Annotations on a reply the leader edited and resent are restored on that earlier version, kept in
 * the session's history as it was in the original: one history row per version, however many point at
 * it. The importer writes these first and hands their new ids (by key) to fileAnnotationRows.
 */
export function earlierVersionRows(sessionId: string, file: FileAnnotations): Map<string, EarlierVersionRow> {
  const rows = new Map<string, EarlierVersionRow>();
  for (const a of [...file.comments, ...file.overrides] as Annotation[]) {
    const v = a.earlierVersion;
    if (!v) continue;
    const key = versionKey(a.turnIndex, v);
    if (!rows.has(key)) rows.set(key, { sessionId, index: a.turnIndex, speaker: 'leader', text: v.text, reason: 'edited', createdAt: v.createdAt, replacedAt: v.replacedAt });
  }
  return rows;
}

export function fileAnnotationRows(
  sessionId: string,
  turnIdAt: (index: number) => number,
  file: FileAnnotations,
  earlierVersionIds: ReadonlyMap<string, number> = new Map(),
): FileAnnotationRows {
  const rows: FileAnnotationRows = { comments: [], overrides: [], reviews: [] };
  const placeOf = (a: Annotation) =>
    a.earlierVersion
      ? { turnId: null, replacedTurnId: earlierVersionIds.get(versionKey(a.turnIndex, a.earlierVersion))! }
      : { turnId: turnIdAt(a.turnIndex), replacedTurnId: null };

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
      rows.comments.push({ ...base, id, text: v.text, createdAt: v.createdAt, replaces, supersededAt: next ? next.createdAt : null });
      replaces = id;
    });
  }

  const overrideIds = new Map(file.overrides.map((o) => [o.id, randomUUID()]));
  const replacedAt = new Map(file.overrides.flatMap((o) => (o.replaces === null ? [] : [[o.replaces, o.createdAt] as const])));
  for (const o of file.overrides) {
    rows.overrides.push({
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
    });
  }

  for (const r of file.reviews ?? []) rows.reviews.push({ id: randomUUID(), sessionId, coachId: null, recordedCoachName: r.coach.name, summary: r.summary, createdAt: r.createdAt });
  return rows;
}
